#pragma once

#include "cloud/cloudaccount.h"
#include "util/result.h"

#include <QDialog>
#include <QFuture>
#include <QSet>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace ct {

class BusyIndicator;
class HintLabel;

/// Adds or edits an OpenStack cloud account: name, Keystone v3 auth URL, password or application credential,
/// project, domains, region and TLS settings. Checks every field as the person types and names the field and
/// the fix; Save stays disabled until the form is complete. Secrets are never shown back: when editing, an
/// empty password field keeps the stored one.
class CloudAccountDialog : public QDialog
{
    Q_OBJECT

public:
    /// Stores the account (and the secret, unless empty); the dialog closes when the future succeeds and shows
    /// the error otherwise.
    using Saver = std::function<QFuture<Status>(const CloudAccount& account, const QByteArray& secret)>;

    /// `existing` is the account to edit (nullopt: a new one). `takenNames` are the other accounts' names.
    CloudAccountDialog(
        std::optional<CloudAccount> existing, QSet<QString> takenNames, Saver saver, QWidget* parent = nullptr);
    ~CloudAccountDialog() override;

    /// The account as currently entered.
    CloudAccount account() const;
    QByteArray secret() const;
    bool isValid() const;
    /// The problem shown for a field ("name", "authUrl", "userName", "password", "project", "appCredId",
    /// "appCredSecret", "caFile"), empty when the field is fine.
    QString problem(const QString& field) const;

private:
    QLineEdit* addField(QFormLayout* form, const QString& label, const char* name, HintLabel** hint);
    void validate();
    void save();
    void chooseCaFile();

    std::optional<CloudAccount> m_existing;
    QSet<QString> m_takenNames;
    Saver m_saver;
    QSet<QString> m_touched;
    QHash<QString, QString> m_problems;
    bool m_busy = false;

    QLineEdit* m_name;
    HintLabel* m_nameHint;
    QLineEdit* m_authUrl;
    HintLabel* m_authUrlHint;
    QComboBox* m_authType;
    QLineEdit* m_userName;
    HintLabel* m_userNameHint;
    QLineEdit* m_password;
    HintLabel* m_passwordHint;
    QLineEdit* m_appCredId;
    HintLabel* m_appCredIdHint;
    QLineEdit* m_appCredSecret;
    HintLabel* m_appCredSecretHint;
    QLineEdit* m_project;
    HintLabel* m_projectHint;
    QLineEdit* m_userDomain;
    QLineEdit* m_projectDomain;
    QLineEdit* m_region;
    QLineEdit* m_caFile;
    HintLabel* m_caFileHint;
    QCheckBox* m_insecure;
    HintLabel* m_insecureWarning;
    HintLabel* m_error;
    BusyIndicator* m_busyIndicator;
    QPushButton* m_saveButton;
};

} // namespace ct
