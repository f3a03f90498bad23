#pragma once

#include <QDialog>

namespace ct {

/// Name, version, what CloudTwin does, its license and the Qt version it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace ct
