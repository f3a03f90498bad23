#pragma once

#include <QDialog>

class QComboBox;

namespace ct {

class AppSettings;

/// Settings of this installation: for now the language, which takes effect at the next start
/// (CloudTwin does not retranslate open windows).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    AppSettings& m_settings;
    QComboBox* m_language;
};

} // namespace ct
