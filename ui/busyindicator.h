#pragma once

#include <QTimer>
#include <QWidget>

namespace ct {

/// A small spinner that says "working on it". Keeps its place in the layout while idle (then it is hidden),
/// so starting and stopping it never moves the buttons next to it.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void setRunning(bool running);
    bool isRunning() const { return m_timer.isActive(); }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QTimer m_timer;
    int m_step = 0;
};

} // namespace ct
