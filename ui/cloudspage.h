#pragma once

#include "cloud/cloudaccount.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace ct {

class CloudContext;
class EmptyState;
class HintLabel;

/// The Clouds page: the user's cloud accounts with their endpoint and live status, and the buttons to add
/// (by hand or from clouds.yaml), edit, remove and test them. Dialogs open window-modal with open().
class CloudsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudsPage(CloudContext& clouds, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    bool selectCloud(const QString& name);

    void addCloud();
    void importCloudsYaml();
    void importCloudMonkey();
    void editSelected();
    void removeSelected();
    void testSelected();

signals:
    void statusMessage(const QString& text, int timeoutMs);

private:
    std::optional<CloudAccount> selectedAccount() const;
    void rebuild();
    void updateStatuses();
    void updateButtons();

    CloudContext& m_clouds;
    QTreeWidget* m_list;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    HintLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_import;
    QPushButton* m_importCmk;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_test;
};

} // namespace ct
