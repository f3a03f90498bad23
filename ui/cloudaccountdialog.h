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
class QRadioButton;
class QPushButton;

namespace ct {

class BusyIndicator;
class HintLabel;

/// Adds or edits a cloud account. The kind is chosen at the top (fixed when editing):
/// - OpenStack: name, Keystone v3 auth URL, password or application credential, project, domains, region;
/// - Apache CloudStack: name, API endpoint, API key + secret key or user name + password + domain.
/// Both have the TLS settings. Checks every field as the person types and names the field and the fix; Save
/// stays disabled until the form is complete. Secrets are never shown back: when editing, an empty password
/// or secret key field keeps the stored one.
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
    /// "appCredSecret", "caFile"; for CloudStack "apiUrl", "apiKey", "secretKey", "csUserName", "csPassword"),
    /// empty when the field is fine.
    QString problem(const QString& field) const;
    CloudKind kind() const;
    /// Chooses the kind (a new account only; an edited one keeps its kind).
    void setKind(CloudKind kind);

private:
    QLineEdit* addField(QFormLayout* form, const QString& label, const char* name, HintLabel** hint);
    bool csUsesApiKey() const;
    void updateRows();
    void validate();
    void save();
    void chooseCaFile();

    std::optional<CloudAccount> m_existing;
    QSet<QString> m_takenNames;
    Saver m_saver;
    QSet<QString> m_touched;
    QHash<QString, QString> m_problems;
    bool m_busy = false;

    QFormLayout* m_form;
    HintLabel* m_intro;
    QRadioButton* m_kindOpenStack;
    QRadioButton* m_kindCloudStack;
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
    // CloudStack
    QLineEdit* m_apiUrl;
    HintLabel* m_apiUrlHint;
    QComboBox* m_csAuthType;
    QLineEdit* m_apiKey;
    HintLabel* m_apiKeyHint;
    QLineEdit* m_secretKey;
    HintLabel* m_secretKeyHint;
    QLineEdit* m_csUserName;
    HintLabel* m_csUserNameHint;
    QLineEdit* m_csPassword;
    HintLabel* m_csPasswordHint;
    QLineEdit* m_csDomain;

    QLineEdit* m_caFile;
    HintLabel* m_caFileHint;
    QCheckBox* m_insecure;
    HintLabel* m_insecureWarning;
    HintLabel* m_error;
    BusyIndicator* m_busyIndicator;
    QPushButton* m_saveButton;
};

} // namespace ct
