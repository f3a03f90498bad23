#include "cloudaccountdialog.h"

#include "busyindicator.h"
#include "hintlabel.h"
#include "uimetrics.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ct {

namespace {

const QString kPasswordType = QStringLiteral("password");
const QString kAppCredType = QStringLiteral("v3applicationcredential");
const QString kApiKeyType = QStringLiteral("apikey");

} // namespace

CloudAccountDialog::CloudAccountDialog(
    std::optional<CloudAccount> existing, QSet<QString> takenNames, Saver saver, QWidget* parent)
    : QDialog(parent)
    , m_existing(std::move(existing))
    , m_takenNames(std::move(takenNames))
    , m_saver(std::move(saver))
{
    setObjectName(QStringLiteral("cloudAccountDialog"));
    setWindowTitle(
        m_existing ? tr("Edit Cloud %1").arg(m_existing->sandbox ? tr("Sandbox") : m_existing->name) : tr("Add Cloud"));

    // The kind comes first: it decides every other field.
    m_kindOpenStack = new QRadioButton(tr("&OpenStack"), this);
    m_kindOpenStack->setObjectName(QStringLiteral("kindOpenStack"));
    m_kindCloudStack = new QRadioButton(tr("Apache &CloudStack"), this);
    m_kindCloudStack->setObjectName(QStringLiteral("kindCloudStack"));
    auto* kindGroup = new QButtonGroup(this);
    kindGroup->addButton(m_kindOpenStack);
    kindGroup->addButton(m_kindCloudStack);
    m_kindOpenStack->setChecked(true);
    auto* kindRow = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("Cloud type:"), this);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kindOpenStack);
    kindRow->addWidget(m_kindCloudStack);
    kindRow->addStretch(1);

    m_intro = new HintLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(4);
    m_name = addField(form, tr("&Name:"), "nameField", &m_nameHint);
    m_name->setPlaceholderText(tr("e.g. production"));
    m_authUrl = addField(form, tr("&Auth URL:"), "authUrlField", &m_authUrlHint);
    m_authUrl->setPlaceholderText(QStringLiteral("https://keystone.example.com:5000/v3"));

    m_authType = new QComboBox(this);
    m_authType->setObjectName(QStringLiteral("authTypeField"));
    m_authType->addItem(tr("User name and password"), kPasswordType);
    m_authType->addItem(tr("Application credential"), kAppCredType);
    form->addRow(tr("Sign in &with:"), m_authType);

    m_userName = addField(form, tr("&User name:"), "userNameField", &m_userNameHint);
    m_password = addField(form, tr("&Password:"), "passwordField", &m_passwordHint);
    m_password->setEchoMode(QLineEdit::Password);
    m_appCredId = addField(form, tr("Credential &ID:"), "appCredIdField", &m_appCredIdHint);
    m_appCredSecret = addField(form, tr("Credential &secret:"), "appCredSecretField", &m_appCredSecretHint);
    m_appCredSecret->setEchoMode(QLineEdit::Password);
    m_project = addField(form, tr("Pro&ject:"), "projectField", &m_projectHint);
    m_project->setPlaceholderText(tr("project (tenant) name"));
    m_userDomain = new QLineEdit(QStringLiteral("Default"), this);
    m_userDomain->setObjectName(QStringLiteral("userDomainField"));
    form->addRow(tr("User do&main:"), m_userDomain);
    m_projectDomain = new QLineEdit(QStringLiteral("Default"), this);
    m_projectDomain->setObjectName(QStringLiteral("projectDomainField"));
    form->addRow(tr("Project dom&ain:"), m_projectDomain);
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("regionField"));
    m_region->setPlaceholderText(tr("optional, e.g. RegionOne"));
    form->addRow(tr("&Region:"), m_region);

    m_apiUrl = addField(form, tr("API &endpoint:"), "apiUrlField", &m_apiUrlHint);
    m_apiUrl->setPlaceholderText(QStringLiteral("https://cloud.example.com/client/api"));
    m_csAuthType = new QComboBox(this);
    m_csAuthType->setObjectName(QStringLiteral("csAuthTypeField"));
    m_csAuthType->addItem(tr("API key and secret key"), kApiKeyType);
    m_csAuthType->addItem(tr("User name, password and domain"), kPasswordType);
    form->addRow(tr("Sign in wit&h:"), m_csAuthType);
    m_apiKey = addField(form, tr("API &key:"), "apiKeyField", &m_apiKeyHint);
    m_secretKey = addField(form, tr("&Secret key:"), "secretKeyField", &m_secretKeyHint);
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_csUserName = addField(form, tr("&User name:"), "csUserNameField", &m_csUserNameHint);
    m_csPassword = addField(form, tr("&Password:"), "csPasswordField", &m_csPasswordHint);
    m_csPassword->setEchoMode(QLineEdit::Password);
    m_csDomain = new QLineEdit(QStringLiteral("/"), this);
    m_csDomain->setObjectName(QStringLiteral("csDomainField"));
    m_csDomain->setPlaceholderText(tr("/ for the ROOT domain, or a path such as /customers/acme"));
    form->addRow(tr("Do&main:"), m_csDomain);

    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFileField"));
    m_caFile->setPlaceholderText(tr("optional: the cloud's CA certificates (PEM)"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("caFileBrowse"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* caLabel = new QLabel(tr("CA &bundle:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    m_caFileHint = new HintLabel(this);
    m_caFileHint->setObjectName(QStringLiteral("caFileHint"));
    m_caFileHint->setHideWhenEmpty(true);
    form->addRow(QString(), m_caFileHint);

    m_insecure = new QCheckBox(tr("Skip certificate &verification (insecure)"), this);
    m_insecure->setObjectName(QStringLiteral("insecureField"));
    form->addRow(QString(), m_insecure);
    m_insecureWarning = new HintLabel(this);
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setHideWhenEmpty(true);
    form->addRow(QString(), m_insecureWarning);

    m_error = new HintLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setHideWhenEmpty(true);
    m_busyIndicator = new BusyIndicator(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_saveButton = buttons->addButton(m_existing ? tr("&Save") : tr("&Add Cloud"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(bottom);
    setMinimumWidth(latinCharsWidth(fontMetrics(), 90));

    if (m_existing) {
        const CloudAccount& a = *m_existing;
        // An account keeps its kind: its VMs and stored secret belong to that cloud.
        (a.kind == CloudKind::CloudStack ? m_kindCloudStack : m_kindOpenStack)->setChecked(true);
        m_kindOpenStack->setEnabled(false);
        m_kindCloudStack->setEnabled(false);
        m_name->setText(a.name);
        m_apiUrl->setText(a.apiUrl);
        m_csAuthType->setCurrentIndex(a.apiKey.isEmpty() && a.kind == CloudKind::CloudStack ? 1 : 0);
        m_apiKey->setText(a.apiKey);
        if (a.kind == CloudKind::CloudStack) {
            m_csUserName->setText(a.userName);
            m_csDomain->setText(a.domain.isEmpty() ? QStringLiteral("/") : a.domain);
        }
        m_authUrl->setText(a.authUrl);
        const bool appCred = a.authType == kAppCredType || a.authType == QLatin1String("application_credential");
        m_authType->setCurrentIndex(appCred ? 1 : 0);
        m_userName->setText(a.userName);
        m_appCredId->setText(a.applicationCredentialId);
        m_project->setText(a.projectName);
        m_userDomain->setText(a.userDomainName);
        m_projectDomain->setText(a.projectDomainName);
        m_region->setText(a.regionName);
        m_caFile->setText(a.caFile);
        m_insecure->setChecked(a.insecure);
        const QString keep = tr("unchanged (type to replace)");
        m_password->setPlaceholderText(keep);
        m_appCredSecret->setPlaceholderText(keep);
        m_secretKey->setPlaceholderText(keep);
        m_csPassword->setPlaceholderText(keep);
    }

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &CloudAccountDialog::save);
    connect(browse, &QPushButton::clicked, this, &CloudAccountDialog::chooseCaFile);
    for (QLineEdit* field : findChildren<QLineEdit*>()) {
        connect(field, &QLineEdit::textEdited, this, [this, field]() {
            m_touched.insert(field->objectName());
            validate();
        });
        connect(field, &QLineEdit::editingFinished, this, [this, field]() {
            m_touched.insert(field->objectName());
            validate();
        });
    }
    connect(m_authType, &QComboBox::currentIndexChanged, this, [this]() {
        const bool appCred = m_authType->currentData().toString() == kAppCredType;
        for (QWidget* field :
            {static_cast<QWidget*>(m_userName), static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_project),
                static_cast<QWidget*>(m_userDomain), static_cast<QWidget*>(m_projectDomain)})
            field->setEnabled(!appCred);
        m_appCredId->setEnabled(appCred);
        m_appCredSecret->setEnabled(appCred);
        validate();
    });
    connect(m_insecure, &QCheckBox::toggled, this, &CloudAccountDialog::validate);
    emit m_authType->currentIndexChanged(m_authType->currentIndex());
    connect(m_authType, &QComboBox::currentIndexChanged, this, &CloudAccountDialog::updateRows);
    connect(m_csAuthType, &QComboBox::currentIndexChanged, this, [this]() {
        updateRows();
        validate();
    });
    connect(kindGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (!checked)
            return;
        updateRows();
        validate();
    });
    updateRows();
    validate();
}

CloudKind CloudAccountDialog::kind() const
{
    return m_kindCloudStack->isChecked() ? CloudKind::CloudStack : CloudKind::OpenStack;
}

void CloudAccountDialog::setKind(CloudKind kind)
{
    if (m_existing)
        return;
    (kind == CloudKind::CloudStack ? m_kindCloudStack : m_kindOpenStack)->setChecked(true);
}

bool CloudAccountDialog::csUsesApiKey() const { return m_csAuthType->currentData().toString() == kApiKeyType; }

void CloudAccountDialog::updateRows()
{
    const bool cloudStack = kind() == CloudKind::CloudStack;
    const bool appCred = m_authType->currentData().toString() == kAppCredType;
    const bool apiKey = csUsesApiKey();
    auto show = [this](std::initializer_list<QWidget*> widgets, bool visible) {
        for (QWidget* widget : widgets)
            m_form->setRowVisible(widget, visible);
    };
    // OpenStack rows.
    show({m_authUrl, m_authUrlHint, m_authType, m_region}, !cloudStack);
    show({m_userName, m_userNameHint, m_password, m_passwordHint, m_project, m_projectHint, m_userDomain,
             m_projectDomain},
        !cloudStack && !appCred);
    show({m_appCredId, m_appCredIdHint, m_appCredSecret, m_appCredSecretHint}, !cloudStack && appCred);
    // CloudStack rows.
    show({m_apiUrl, m_apiUrlHint, m_csAuthType}, cloudStack);
    show({m_apiKey, m_apiKeyHint, m_secretKey, m_secretKeyHint}, cloudStack && apiKey);
    show({m_csUserName, m_csUserNameHint, m_csPassword, m_csPasswordHint, m_csDomain}, cloudStack && !apiKey);

    if (!m_existing)
        setWindowTitle(cloudStack ? tr("Add CloudStack Cloud") : tr("Add OpenStack Cloud"));
    m_intro->setHint(HintLabel::Kind::Plain,
        cloudStack
            ? tr("Enter the API endpoint of your CloudStack cloud and either your API key and secret key (in the "
                 "CloudStack UI: your user's page, Generate Keys) or your user name and password. The secret key "
                 "or password is kept in your keychain or CloudTwin's encrypted file, never in the database.")
            : tr("Enter the values from your cloud's clouds.yaml or openrc file (in Horizon: API Access). "
                 "The password is kept in your keychain or CloudTwin's encrypted file, never in the database."));
}

CloudAccountDialog::~CloudAccountDialog()
{
    // Hiding on destruction moves the focus, and a field's editingFinished would reach validate() on a half-
    // destroyed dialog.
    for (QLineEdit* field : findChildren<QLineEdit*>())
        field->disconnect(this);
}

QLineEdit* CloudAccountDialog::addField(QFormLayout* form, const QString& label, const char* name, HintLabel** hint)
{
    auto* field = new QLineEdit(this);
    field->setObjectName(QLatin1String(name));
    form->addRow(label, field);
    *hint = new HintLabel(this);
    QString hintName = QLatin1String(name);
    hintName.replace(QStringLiteral("Field"), QStringLiteral("Hint"));
    (*hint)->setObjectName(hintName);
    (*hint)->setHideWhenEmpty(true);
    form->addRow(QString(), *hint);
    return field;
}

CloudAccount CloudAccountDialog::account() const
{
    CloudAccount a = m_existing.value_or(CloudAccount {});
    a.name = m_name->text().trimmed();
    a.caFile = m_caFile->text().trimmed();
    a.insecure = m_insecure->isChecked();
    if (kind() == CloudKind::CloudStack) {
        a.kind = CloudKind::CloudStack;
        a.apiUrl = m_apiUrl->text().trimmed();
        if (csUsesApiKey()) {
            a.authType = kApiKeyType;
            a.apiKey = m_apiKey->text().trimmed();
            a.userName.clear();
            a.domain.clear();
        } else {
            a.authType = kPasswordType;
            a.apiKey.clear();
            a.userName = m_csUserName->text().trimmed();
            a.domain = m_csDomain->text().trimmed().isEmpty() ? QStringLiteral("/") : m_csDomain->text().trimmed();
        }
        return a;
    }
    a.kind = CloudKind::OpenStack;
    a.authUrl = m_authUrl->text().trimmed();
    a.authType = m_authType->currentData().toString();
    if (a.authType == kAppCredType) {
        a.applicationCredentialId = m_appCredId->text().trimmed();
        a.userName.clear();
        a.projectName.clear();
        a.userDomainName.clear();
        a.projectDomainName.clear();
    } else {
        a.applicationCredentialId.clear();
        a.userName = m_userName->text().trimmed();
        a.projectName = m_project->text().trimmed();
        a.userDomainName = m_userDomain->text().trimmed();
        a.projectDomainName = m_projectDomain->text().trimmed();
    }
    a.regionName = m_region->text().trimmed();
    return a;
}

QByteArray CloudAccountDialog::secret() const
{
    if (kind() == CloudKind::CloudStack)
        return (csUsesApiKey() ? m_secretKey : m_csPassword)->text().toUtf8();
    const QLineEdit* field = m_authType->currentData().toString() == kAppCredType ? m_appCredSecret : m_password;
    return field->text().toUtf8();
}

bool CloudAccountDialog::isValid() const { return m_problems.isEmpty(); }

QString CloudAccountDialog::problem(const QString& field) const { return m_problems.value(field); }

void CloudAccountDialog::validate()
{
    m_problems.clear();
    const CloudAccount a = account();
    const bool appCred = a.authType == kAppCredType;
    const bool editing = m_existing.has_value();
    const bool sameAuthType = editing && m_existing->authType == a.authType;

    if (a.name.isEmpty())
        m_problems.insert(QStringLiteral("name"), tr("Name: give the cloud a name, e.g. “production”."));
    else if (m_takenNames.contains(a.name))
        m_problems.insert(
            QStringLiteral("name"), tr("Name: you already have a cloud called %1. Choose another name.").arg(a.name));

    const bool cloudStack = a.kind == CloudKind::CloudStack;
    QString urlNote;
    QString apiUrlNote;
    if (cloudStack) {
        const QUrl apiUrl(a.apiUrl, QUrl::StrictMode);
        const bool sameMode = editing && m_existing->kind == CloudKind::CloudStack
            && m_existing->apiKey.isEmpty() == a.apiKey.isEmpty();
        if (a.apiUrl.isEmpty()) {
            m_problems.insert(QStringLiteral("apiUrl"),
                tr("API endpoint: enter the address of the CloudStack API, e.g. "
                   "https://cloud.example.com/client/api."));
        } else if (!apiUrl.isValid()
            || (apiUrl.scheme() != QLatin1String("https") && apiUrl.scheme() != QLatin1String("http"))
            || apiUrl.host().isEmpty()) {
            m_problems.insert(QStringLiteral("apiUrl"),
                tr("API endpoint: “%1” is not a web address. It starts with https:// and names the host, e.g. "
                   "https://cloud.example.com/client/api.")
                    .arg(a.apiUrl));
        } else if (!apiUrl.path().endsWith(QLatin1String("/client/api"))) {
            apiUrlNote = tr("Most CloudStack clouds answer at …/client/api.");
        }
        if (csUsesApiKey()) {
            if (a.apiKey.isEmpty())
                m_problems.insert(QStringLiteral("apiKey"),
                    tr("API key: copy it from the CloudStack UI (your user's page, Generate Keys)."));
            if (m_secretKey->text().isEmpty() && !sameMode)
                m_problems.insert(
                    QStringLiteral("secretKey"), tr("Secret key: paste the secret key shown next to the API key."));
        } else {
            if (a.userName.isEmpty())
                m_problems.insert(
                    QStringLiteral("csUserName"), tr("User name: enter the name you sign in to CloudStack with."));
            if (m_csPassword->text().isEmpty() && !sameMode)
                m_problems.insert(QStringLiteral("csPassword"), tr("Password: enter your CloudStack password."));
        }
    }
    const QUrl url(a.authUrl, QUrl::StrictMode);
    if (cloudStack) {
        // The OpenStack checks below do not apply.
    } else if (a.authUrl.isEmpty()) {
        m_problems.insert(QStringLiteral("authUrl"),
            tr("Auth URL: enter the identity (Keystone) address, e.g. https://keystone.example.com:5000/v3."));
    } else if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        m_problems.insert(QStringLiteral("authUrl"),
            tr("Auth URL: “%1” is not a web address. It starts with https:// and names the host, e.g. "
               "https://keystone.example.com:5000/v3.")
                .arg(a.authUrl));
    } else if (!url.path().contains(QLatin1String("/v3"))) {
        urlNote = tr("Most clouds need the version at the end: …/v3.");
    }

    if (cloudStack) {
        // Checked above.
    } else if (appCred) {
        if (a.applicationCredentialId.isEmpty())
            m_problems.insert(QStringLiteral("appCredId"),
                tr("Credential ID: enter the application credential's ID (openstack application credential list)."));
        if (m_appCredSecret->text().isEmpty() && !sameAuthType)
            m_problems.insert(QStringLiteral("appCredSecret"),
                tr("Credential secret: enter the secret shown when the credential was created."));
    } else {
        if (a.userName.isEmpty())
            m_problems.insert(
                QStringLiteral("userName"), tr("User name: enter the name you sign in to the cloud with."));
        if (m_password->text().isEmpty() && !sameAuthType)
            m_problems.insert(QStringLiteral("password"), tr("Password: enter your cloud password."));
        if (a.projectName.isEmpty())
            m_problems.insert(QStringLiteral("project"),
                tr("Project: enter the project (tenant) whose VMs CloudTwin should see; it is OS_PROJECT_NAME in "
                   "your openrc file."));
    }
    if (!a.caFile.isEmpty() && !QFileInfo(a.caFile).isFile())
        m_problems.insert(QStringLiteral("caFile"),
            tr("CA bundle: the file %1 does not exist. Choose the PEM file your cloud provider gave you, or leave "
               "the field empty.")
                .arg(QDir::toNativeSeparators(a.caFile)));

    // A hint appears once the field was touched (or always when editing), so a new form does not start red.
    auto show = [this, editing](HintLabel* hint, const QLineEdit* field, const QString& key) {
        const QString text = m_problems.value(key);
        if (!text.isEmpty() && (editing || m_touched.contains(field->objectName())))
            hint->setHint(HintLabel::Kind::Problem, text);
        else
            hint->setHint(HintLabel::Kind::Note, {});
    };
    show(m_nameHint, m_name, QStringLiteral("name"));
    show(m_authUrlHint, m_authUrl, QStringLiteral("authUrl"));
    if (!m_problems.contains(QStringLiteral("authUrl")) && !urlNote.isEmpty())
        m_authUrlHint->setHint(HintLabel::Kind::Note, urlNote);
    show(m_userNameHint, m_userName, QStringLiteral("userName"));
    show(m_passwordHint, m_password, QStringLiteral("password"));
    show(m_projectHint, m_project, QStringLiteral("project"));
    show(m_appCredIdHint, m_appCredId, QStringLiteral("appCredId"));
    show(m_appCredSecretHint, m_appCredSecret, QStringLiteral("appCredSecret"));
    show(m_caFileHint, m_caFile, QStringLiteral("caFile"));
    show(m_apiUrlHint, m_apiUrl, QStringLiteral("apiUrl"));
    if (!m_problems.contains(QStringLiteral("apiUrl")) && !apiUrlNote.isEmpty())
        m_apiUrlHint->setHint(HintLabel::Kind::Note, apiUrlNote);
    show(m_apiKeyHint, m_apiKey, QStringLiteral("apiKey"));
    show(m_secretKeyHint, m_secretKey, QStringLiteral("secretKey"));
    show(m_csUserNameHint, m_csUserName, QStringLiteral("csUserName"));
    show(m_csPasswordHint, m_csPassword, QStringLiteral("csPassword"));
    m_insecureWarning->setHint(HintLabel::Kind::Problem,
        a.insecure ? tr("Warning: CloudTwin will accept any certificate for this cloud, so someone on the network "
                        "could pose as it and read what CloudTwin sends. Use a CA bundle instead if you can.")
                   : QString());

    m_saveButton->setEnabled(m_problems.isEmpty() && !m_busy);
    m_saveButton->setToolTip(m_problems.isEmpty() ? QString() : QStringList(m_problems.values()).join(u'\n'));
}

void CloudAccountDialog::save()
{
    validate();
    if (!m_problems.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_busyIndicator->setRunning(true);
    m_error->setHint(HintLabel::Kind::Note, {});
    m_saveButton->setEnabled(false);
    m_saver(account(), secret()).then(this, [this](const Status& saved) {
        m_busy = false;
        m_busyIndicator->setRunning(false);
        if (saved) {
            accept();
            return;
        }
        m_error->setHint(HintLabel::Kind::Problem, saved.error().message);
        validate();
    });
}

void CloudAccountDialog::chooseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose the CA Bundle"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    if (!m_caFile->text().isEmpty())
        dialog->selectFile(m_caFile->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_caFile->setText(QDir::toNativeSeparators(file));
        m_touched.insert(m_caFile->objectName());
        validate();
    });
    dialog->open();
}

} // namespace ct
