#pragma once

#include "auth/accountservice.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace ct {

class EmptyState;
class StoreWorker;

/// The Activity page: the signed-in user's ActivityEvents, newest first, read on the store worker.
/// Shows "Loading…", the list, an empty state, or what went wrong.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    ActivityPage(StoreWorker& worker, SignedInUser user, QWidget* parent = nullptr);

    /// Reads the events again; results of an earlier, slower reload are dropped.
    void reload();
    int eventCount() const;

signals:
    /// A reload finished (also when it failed; then `count` is -1).
    void loaded(int count);

private:
    StoreWorker& m_worker;
    SignedInUser m_user;
    int m_generation = 0;

    QStackedWidget* m_stack;
    QLabel* m_loading;
    QTreeWidget* m_list;
    EmptyState* m_empty;
    EmptyState* m_failed;
};

} // namespace ct
