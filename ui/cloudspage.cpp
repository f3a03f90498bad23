#include "cloudspage.h"

#include "cloudaccountdialog.h"
#include "cloudcontext.h"
#include "cloudmonkeyimportdialog.h"
#include "cloudsyamlimportdialog.h"
#include "connectiontestdialog.h"
#include "emptystate.h"
#include "hintlabel.h"
#include "inventory/cloudservice.h"
#include "inventory/inventory.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

enum Column
{
    NameColumn,
    KindColumn,
    EndpointColumn,
    RegionColumn,
    StatusColumn
};

QString label(const CloudAccount& account) { return cloudLabel(account); }

QSet<QString> namesExcept(const QList<CloudAccount>& accounts, const QString& id)
{
    QSet<QString> names;
    for (const CloudAccount& account : accounts) {
        if (account.id != id)
            names.insert(account.name);
    }
    return names;
}

template<class Dialog>
Dialog* openDialog(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace

CloudsPage::CloudsPage(CloudContext& clouds, QWidget* parent)
    : QWidget(parent)
    , m_clouds(clouds)
{
    auto icon = [](const char* name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
    };
    m_add = new QPushButton(icon("list-add", QStyle::SP_FileDialogNewFolder), tr("&Add Cloud…"), this);
    m_add->setObjectName(QStringLiteral("addCloudButton"));
    m_import
        = new QPushButton(icon("document-import", QStyle::SP_DialogOpenButton), tr("&Import from clouds.yaml…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_importCmk
        = new QPushButton(icon("document-import", QStyle::SP_DialogOpenButton), tr("Import from &CloudMonkey…"), this);
    m_importCmk->setObjectName(QStringLiteral("importCloudMonkeyButton"));
    m_edit = new QPushButton(icon("document-edit", QStyle::SP_FileDialogDetailedView), tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_remove = new QPushButton(icon("list-remove", QStyle::SP_TrashIcon), tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_test = new QPushButton(icon("network-wired", QStyle::SP_DialogApplyButton), tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_import);
    bar->addWidget(m_importCmk);
    bar->addSpacing(12);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addWidget(m_test);
    bar->addStretch(1);

    m_message = new HintLabel(this);
    m_message->setObjectName(QStringLiteral("cloudsMessage"));
    m_message->setHideWhenEmpty(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("cloudList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Address"), tr("Region"), tr("Status")});
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_empty = new EmptyState(icon("network-server", QStyle::SP_DriveNetIcon), tr("No clouds yet"),
        tr("Add an OpenStack or Apache CloudStack cloud with “Add Cloud…”. If you already use the openstack "
           "command or CloudMonkey (cmk), “Import from clouds.yaml…” or “Import from CloudMonkey…” takes your "
           "clouds from there."),
        this);
    m_empty->setObjectName(QStringLiteral("cloudsEmptyState"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_add, &QPushButton::clicked, this, &CloudsPage::addCloud);
    connect(m_import, &QPushButton::clicked, this, &CloudsPage::importCloudsYaml);
    connect(m_importCmk, &QPushButton::clicked, this, &CloudsPage::importCloudMonkey);
    connect(m_edit, &QPushButton::clicked, this, &CloudsPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &CloudsPage::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &CloudsPage::testSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CloudsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &CloudsPage::editSelected);
    connect(&m_clouds, &CloudContext::accountsChanged, this, &CloudsPage::rebuild);
    connect(&m_clouds, &CloudContext::loadFailed, this,
        [this](const QString& message) { m_message->setHint(HintLabel::Kind::Problem, message); });
    Inventory* inventory = m_clouds.inventory();
    connect(inventory, &Inventory::refreshStarted, this, &CloudsPage::updateStatuses);
    connect(inventory, &Inventory::cloudRefreshed, this, &CloudsPage::updateStatuses);
    connect(inventory, &Inventory::cloudFailed, this, &CloudsPage::updateStatuses);
    rebuild();
}

void CloudsPage::rebuild()
{
    const std::optional<CloudAccount> selected = selectedAccount();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const CloudAccount& account : m_clouds.accounts()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, account.id);
        item->setText(NameColumn, label(account));
        item->setText(KindColumn, account.kind == CloudKind::OpenStack ? tr("OpenStack") : tr("CloudStack"));
        QString endpoint = account.kind == CloudKind::OpenStack ? account.authUrl : account.apiUrl;
        if (account.kind == CloudKind::CloudStack && !account.sandbox)
            endpoint = account.apiKey.isEmpty() ? tr("%1 — user %2").arg(endpoint, account.userName)
                                                : tr("%1 — API key").arg(endpoint);
        else if (!account.projectName.isEmpty())
            endpoint = tr("%1 — project %2").arg(endpoint, account.projectName);
        else if (!account.applicationCredentialId.isEmpty())
            endpoint = tr("%1 — application credential").arg(endpoint);
        item->setText(EndpointColumn, endpoint);
        item->setText(RegionColumn, account.regionName);
        if (account.sandbox)
            item->setToolTip(NameColumn, tr("CloudTwin's built-in practice cloud. It runs on this computer only."));
        if (selected && selected->id == account.id)
            item->setSelected(true);
    }
    for (int column = 0; column < StatusColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_stack->setCurrentWidget(
        m_clouds.isLoaded() && m_clouds.accounts().isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);
    updateStatuses();
    updateButtons();
}

void CloudsPage::updateStatuses()
{
    Inventory* inventory = m_clouds.inventory();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const auto state = inventory->cloudState(item->data(NameColumn, Qt::UserRole).toString());
        QString text;
        QColor color = palette().color(QPalette::Text);
        if (!state) {
            text = tr("Not checked yet");
        } else if (state->refreshing) {
            text = tr("Refreshing…");
        } else if (state->ok) {
            text = tr("OK — %n VM(s), checked %1", nullptr, state->serverCount)
                       .arg(QLocale().toString(state->lastRefreshed.toLocalTime().time(), QLocale::ShortFormat));
            color = QColor(0x1e, 0x7b, 0x34);
        } else if (!state->error.isEmpty()) {
            text = state->error;
            color = QColor(0xb3, 0x26, 0x1e);
        } else {
            text = tr("Not checked yet");
        }
        item->setText(StatusColumn, text);
        item->setToolTip(StatusColumn, text);
        item->setForeground(StatusColumn, color);
    }
}

void CloudsPage::updateButtons()
{
    const bool selected = selectedAccount().has_value();
    for (QPushButton* button : {m_edit, m_remove, m_test})
        button->setEnabled(selected);
}

std::optional<CloudAccount> CloudsPage::selectedAccount() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QString id = items.first()->data(NameColumn, Qt::UserRole).toString();
    for (const CloudAccount& account : m_clouds.accounts()) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

bool CloudsPage::selectCloud(const QString& name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(NameColumn) == name) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void CloudsPage::addCloud()
{
    auto* dialog = openDialog(new CloudAccountDialog(
        std::nullopt, namesExcept(m_clouds.accounts(), {}),
        [this](const CloudAccount& account, const QByteArray& secret) {
            return m_clouds.addAccount(account, secret).then(this, [](const Result<CloudAccount>& added) -> Status {
                if (!added)
                    return added.error();
                return {};
            });
        },
        this));
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const QString name = dialog->account().name;
        emit statusMessage(tr("Cloud %1 added. Its VMs appear on the VMs page.").arg(name), 8000);
        selectCloud(name);
    });
}

void CloudsPage::importCloudsYaml()
{
    auto* dialog = openDialog(new CloudsYamlImportDialog(m_clouds, this));
    connect(dialog, &CloudsYamlImportDialog::imported, this, [this](int added) {
        if (added > 0)
            emit statusMessage(tr("%n cloud(s) imported.", nullptr, added), 8000);
    });
}

void CloudsPage::importCloudMonkey()
{
    auto* dialog = openDialog(new CloudMonkeyImportDialog(m_clouds, this));
    connect(dialog, &CloudMonkeyImportDialog::imported, this, [this](int added) {
        if (added > 0)
            emit statusMessage(tr("%n cloud(s) imported.", nullptr, added), 8000);
    });
}

void CloudsPage::editSelected()
{
    const std::optional<CloudAccount> account = selectedAccount();
    if (!account)
        return;
    const QString id = account->id;
    auto* dialog = openDialog(new CloudAccountDialog(
        account, namesExcept(m_clouds.accounts(), id),
        [this](
            const CloudAccount& changed, const QByteArray& secret) { return m_clouds.updateAccount(changed, secret); },
        this));
    connect(dialog, &QDialog::accepted, this, [this, id, dialog]() {
        emit statusMessage(tr("Cloud %1 saved.").arg(dialog->account().name), 8000);
        // A new password does not change the settings: ask the cloud again anyway.
        m_clouds.inventory()->refresh(id, true);
    });
}

void CloudsPage::removeSelected()
{
    const std::optional<CloudAccount> account = selectedAccount();
    if (!account)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove Cloud"),
        tr("Remove the cloud %1 from CloudTwin?").arg(label(*account)), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setInformativeText(tr("CloudTwin forgets its settings and its stored password. The VMs on the cloud are "
                               "not touched; you can add the cloud again later."));
    QPushButton* confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = account->id;
    const QString name = label(*account);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, id, name](QAbstractButton* clicked) {
        if (clicked != confirm)
            return;
        m_clouds.removeAccount(id).then(this, [this, name](const Status& removed) {
            if (removed) {
                m_message->setHint(HintLabel::Kind::Note, {});
                emit statusMessage(tr("Cloud %1 removed.").arg(name), 8000);
            } else {
                m_message->setHint(HintLabel::Kind::Problem, removed.error().message);
            }
        });
    });
    box->open();
}

void CloudsPage::testSelected()
{
    const std::optional<CloudAccount> account = selectedAccount();
    if (!account)
        return;
    openDialog(new ConnectionTestDialog(*m_clouds.service(), account->id, label(*account), this));
}

} // namespace ct
