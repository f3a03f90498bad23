#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace ct {

class HintLabel;

/// A page that has nothing to show yet: an icon, a short title and a sentence on what will appear here and
/// how to get there. Deliberately without buttons for features that do not exist yet.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QIcon& icon, const QString& title, const QString& body, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setBody(const QString& body);
    QString title() const;
    QString body() const;

private:
    QLabel* m_icon;
    QLabel* m_title;
    HintLabel* m_body;
};

} // namespace ct
