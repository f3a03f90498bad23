#include "vmspage.h"

#include "busyindicator.h"
#include "cloudcontext.h"
#include "emptystate.h"
#include "hintlabel.h"
#include "inventory/cloudservice.h"
#include "inventory/inventory.h"
#include "inventoryfiltermodel.h"
#include "inventorymodel.h"
#include "uimetrics.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ct {

namespace {

QIcon standardIcon(QStyle::StandardPixmap pixmap) { return QApplication::style()->standardIcon(pixmap); }

QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), standardIcon(fallback));
}

QString verb(VmsPage::Action action)
{
    switch (action) {
    case VmsPage::Action::Start:
        return VmsPage::tr("Start");
    case VmsPage::Action::Stop:
        return VmsPage::tr("Stop");
    case VmsPage::Action::Reboot:
        return VmsPage::tr("Reboot");
    case VmsPage::Action::Delete:
        break;
    }
    return VmsPage::tr("Delete");
}

QString progressText(VmsPage::Action action)
{
    switch (action) {
    case VmsPage::Action::Start:
        return VmsPage::tr("Starting…");
    case VmsPage::Action::Stop:
        return VmsPage::tr("Stopping…");
    case VmsPage::Action::Reboot:
        return VmsPage::tr("Rebooting…");
    case VmsPage::Action::Delete:
        break;
    }
    return VmsPage::tr("Deleting…");
}

QList<ServerStatus> targetsOf(VmsPage::Action action)
{
    switch (action) {
    case VmsPage::Action::Start:
    case VmsPage::Action::Reboot:
        return {ServerStatus::Active};
    case VmsPage::Action::Stop:
        return {ServerStatus::Stopped};
    case VmsPage::Action::Delete:
        break;
    }
    return {ServerStatus::Deleted};
}

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

} // namespace

VmsPage::VmsPage(CloudContext& clouds, QWidget* parent)
    : QWidget(parent)
    , m_clouds(clouds)
    , m_model(new InventoryModel(this))
    , m_proxy(new InventoryFilterModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("vmFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, UUID, address or cloud"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter VMs"));
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 40);
    m_cloudFilter = new QComboBox(this);
    m_cloudFilter->setObjectName(QStringLiteral("cloudFilter"));
    m_cloudFilter->setAccessibleName(tr("Show VMs of"));
    m_cloudFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh = new QPushButton(themedIcon("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Ask every cloud for its VMs now (this also happens every 30 seconds)."));
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("vmsBusy"));
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    m_start = new QPushButton(themedIcon("media-playback-start", QStyle::SP_MediaPlay), tr("S&tart"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_stop = new QPushButton(themedIcon("media-playback-stop", QStyle::SP_MediaStop), tr("St&op"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_reboot = new QPushButton(themedIcon("system-reboot", QStyle::SP_BrowserReload), tr("Re&boot"), this);
    m_reboot->setObjectName(QStringLiteral("rebootButton"));
    m_delete = new QPushButton(themedIcon("edit-delete", QStyle::SP_TrashIcon), tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));

    // Qt has no built-in "add" icon (its new-folder one would mislead): the theme's, or none.
    m_newPair = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New VM Pair…"), this);
    m_newPair->setObjectName(QStringLiteral("newPairButton"));
    m_newPair->setToolTip(tr("Create a VM on one cloud and its twin on another, answering plain questions."));
    connect(m_newPair, &QPushButton::clicked, this, &VmsPage::createPairRequested);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_newPair);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_cloudFilter);
    bar->addSpacing(12);
    bar->addWidget(m_start);
    bar->addWidget(m_stop);
    bar->addWidget(m_reboot);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    bar->addWidget(m_updated);
    bar->addWidget(m_refresh);

    m_message = new HintLabel(this);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setHideWhenEmpty(true);

    m_bannerLayout = new QVBoxLayout;
    m_bannerLayout->setSpacing(4);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("vmTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(latinCharsWidth(m_table->fontMetrics(), 7));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(InventoryModel::Uuid, true); // in the details pane; the filter still matches it
    // Main / twin next to the name, where it is seen without scrolling.
    m_table->horizontalHeader()->moveSection(InventoryModel::Role, InventoryModel::Cloud);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("vmDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Details of the selected VM"));
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& link) {
        const InventoryRow* row = selectedRow();
        if (link.fragment() != QLatin1String("partner") || !row)
            return;
        const InventoryRow* partner = m_model->partnerOf(*row);
        if (!partner)
            return;
        const QString accountId = partner->accountId;
        const QString serverId = partner->server.id;
        if (!selectServer(accountId, serverId)) {
            // Hidden by the filters: show everything rather than do nothing.
            m_filter->clear();
            m_cloudFilter->setCurrentIndex(0);
            selectServer(accountId, serverId);
        }
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("vmSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_tablePane = splitter;

    // No clouds: say where to add one, with a button that goes there.
    m_noClouds = new QWidget(this);
    m_noClouds->setObjectName(QStringLiteral("vmsNoClouds"));
    auto* noCloudsLayout = new QVBoxLayout(m_noClouds);
    auto* noCloudsState = new EmptyState(themedIcon("network-server", QStyle::SP_DriveNetIcon), tr("No clouds yet"),
        tr("Add a cloud on the Clouds page: enter its OpenStack settings or import your clouds.yaml. Its VMs "
           "will then be listed here."),
        m_noClouds);
    noCloudsState->setObjectName(QStringLiteral("vmsEmptyState"));
    auto* goToClouds = new QPushButton(tr("Go to &Clouds"), m_noClouds);
    goToClouds->setObjectName(QStringLiteral("goToCloudsButton"));
    noCloudsLayout->addStretch(1);
    noCloudsLayout->addWidget(noCloudsState);
    noCloudsLayout->addWidget(goToClouds, 0, Qt::AlignHCenter);
    noCloudsLayout->addStretch(2);
    connect(goToClouds, &QPushButton::clicked, this, &VmsPage::addCloudRequested);

    m_noVms = new EmptyState(themedIcon("computer", QStyle::SP_ComputerIcon), tr("No VMs on your clouds"),
        tr("Your clouds answered, but none of them has a VM yet. Press New VM Pair… to create a VM and its "
           "twin; they will appear here."),
        this);
    m_noVms->setObjectName(QStringLiteral("vmsNoVms"));

    auto* loading = new QLabel(tr("Loading your clouds…"), this);
    loading->setAlignment(Qt::AlignCenter);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("vmsStack"));
    m_stack->addWidget(loading);
    m_stack->addWidget(m_noClouds);
    m_stack->addWidget(m_noVms);
    m_stack->addWidget(m_tablePane);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addLayout(m_bannerLayout);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &InventoryFilterModel::setText);
    connect(m_cloudFilter, &QComboBox::currentIndexChanged, this,
        [this]() { m_proxy->setAccountId(m_cloudFilter->currentData().toString()); });
    connect(m_refresh, &QPushButton::clicked, this, [this]() {
        m_message->setHint(HintLabel::Kind::Note, {});
        m_clouds.inventory()->refreshAll();
    });
    connect(m_start, &QPushButton::clicked, this, [this]() { requestAction(Action::Start); });
    connect(m_stop, &QPushButton::clicked, this, [this]() { requestAction(Action::Stop); });
    connect(m_reboot, &QPushButton::clicked, this, [this]() { requestAction(Action::Reboot); });
    connect(m_delete, &QPushButton::clicked, this, [this]() { requestAction(Action::Delete); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this]() {
        growColumns();
        updateStack();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this]() {
        updateStack();
        updateActions();
        updateDetails();
    });

    Inventory* inventory = m_clouds.inventory();
    m_model->setInventory(inventory);
    connect(&m_clouds, &CloudContext::accountsChanged, this, [this]() {
        updateCloudFilter();
        updateBanners();
        updateStack();
    });
    connect(&m_clouds, &CloudContext::loadFailed, this,
        [this](const QString& message) { m_message->setHint(HintLabel::Kind::Problem, message); });
    for (auto signal : {&Inventory::refreshStarted, &Inventory::cloudRefreshed})
        connect(inventory, signal, this, [this]() {
            updateBanners();
            updateRefreshState();
            updateStack();
        });
    connect(inventory, &Inventory::cloudFailed, this, [this]() {
        updateBanners();
        updateRefreshState();
        updateStack();
    });
    connect(inventory, &Inventory::idle, this, &VmsPage::updateRefreshState);
    connect(inventory, &Inventory::cloudRefreshed, this, &VmsPage::fetchImageNames);

    updateCloudFilter();
    updateStack();
    updateActions();
    updateDetails();
}

const InventoryRow* VmsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid())
        return nullptr;
    return &m_model->rowAt(source.row());
}

bool VmsPage::selectFirst(const std::function<bool(const QModelIndex&)>& matches)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, InventoryModel::Name);
        if (matches(index)) {
            m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool VmsPage::selectServer(const QString& accountId, const QString& serverId)
{
    return selectFirst([&](const QModelIndex& index) {
        return index.data(InventoryModel::AccountIdRole).toString() == accountId
            && index.data(InventoryModel::ServerIdRole).toString() == serverId;
    });
}

bool VmsPage::selectServer(const QString& name)
{
    return selectFirst([&](const QModelIndex& index) { return index.data().toString() == name; });
}

bool VmsPage::canRun(Action action) const
{
    const InventoryRow* row = selectedRow();
    if (!row || !m_model->pendingAction(row->accountId, row->server.id).isEmpty())
        return false;
    const Server& server = row->server;
    const bool idle = server.taskState.isEmpty();
    switch (action) {
    case Action::Start:
        return idle && server.status == ServerStatus::Stopped;
    case Action::Stop:
        return idle && (server.status == ServerStatus::Active || server.status == ServerStatus::Error);
    case Action::Reboot:
        return idle && server.status == ServerStatus::Active;
    case Action::Delete:
        return server.status != ServerStatus::Deleted;
    }
    return false;
}

void VmsPage::updateActions()
{
    const InventoryRow* row = selectedRow();
    const QString none = tr("Select a VM in the table first.");
    for (auto [button, action] : {std::pair {m_start, Action::Start}, std::pair {m_stop, Action::Stop},
             std::pair {m_reboot, Action::Reboot}, std::pair {m_delete, Action::Delete}}) {
        const bool can = canRun(action);
        button->setEnabled(can);
        if (!row)
            button->setToolTip(none);
        else if (!m_model->pendingAction(row->accountId, row->server.id).isEmpty())
            button->setToolTip(tr("Wait until the running action on %1 has finished.").arg(row->server.name));
        else if (!can)
            button->setToolTip(tr("Not possible while %1 is %2.")
                                   .arg(row->server.name, InventoryModel::statusText(row->server).toLower()));
        else
            button->setToolTip(tr("%1 %2 on %3").arg(verb(action), row->server.name, InventoryModel::cloudLabel(*row)));
    }
}

void VmsPage::requestAction(Action action)
{
    const InventoryRow* selected = selectedRow();
    if (!selected || !canRun(action))
        return;
    const InventoryRow row = *selected;
    const QString cloud = InventoryModel::cloudLabel(row);
    QString question;
    QString details;
    switch (action) {
    case Action::Start:
        question = tr("Start the VM %1 on %2?").arg(row.server.name, cloud);
        break;
    case Action::Stop:
        question = tr("Stop the VM %1 on %2?").arg(row.server.name, cloud);
        details = tr("The VM is powered off; programs running on it stop. Its disk is kept and you can start "
                     "it again.");
        break;
    case Action::Reboot:
        question = tr("Reboot the VM %1 on %2?").arg(row.server.name, cloud);
        details = tr("The operating system is asked to restart; the VM is unreachable for a moment.");
        break;
    case Action::Delete:
        question = tr("Delete the VM %1 on %2?").arg(row.server.name, cloud);
        details = tr("The VM and its local disk are removed from the cloud for good. This cannot be undone.");
        break;
    }
    auto* box
        = new QMessageBox(QMessageBox::Question, tr("%1 VM").arg(verb(action)), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmActionBox"));
    if (action == Action::Delete)
        box->setIcon(QMessageBox::Warning);
    box->setInformativeText(details);
    QPushButton* confirm = box->addButton(verb(action), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    if (action == Action::Delete)
        box->setDefaultButton(QMessageBox::Cancel);
    else
        box->setDefaultButton(confirm);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, action, row](QAbstractButton* clicked) {
        if (clicked == confirm)
            runAction(action, row);
    });
    box->open();
}

void VmsPage::runAction(Action action, const InventoryRow& row)
{
    const QString accountId = row.accountId;
    const QString id = row.server.id;
    const QString name = row.server.name;
    const QString cloud = InventoryModel::cloudLabel(row);
    m_model->setPendingAction(accountId, id, progressText(action));
    m_message->setHint(HintLabel::Kind::Note, {});
    emit statusMessage(tr("%1 on %2: %3").arg(name, cloud, progressText(action)), 0);
    updateActions();

    m_clouds.service()
        ->provider(accountId)
        .then(this,
            [this, action, id](const Result<CloudProvider*>& provider) -> QFuture<Status> {
                if (!provider)
                    return QtFuture::makeReadyFuture(Status(provider.error()));
                QPointer<CloudProvider> cloudProvider = provider.value();
                QFuture<Status> call;
                switch (action) {
                case Action::Start:
                    call = cloudProvider->startServer(id);
                    break;
                case Action::Stop:
                    call = cloudProvider->stopServer(id);
                    break;
                case Action::Reboot:
                    call = cloudProvider->rebootServer(id);
                    break;
                case Action::Delete:
                    call = cloudProvider->deleteServer(id);
                    break;
                }
                // The cloud accepts the request at once and acts in the background: wait for the outcome, so
                // the row changes when the VM really did.
                return call
                    .then(this,
                        [this, cloudProvider, action, id](const Status& accepted) -> QFuture<Status> {
                            if (!accepted || !cloudProvider)
                                return QtFuture::makeReadyFuture(accepted);
                            return cloudProvider->waitForServer(id, targetsOf(action), QDeadlineTimer(180000))
                                .then(this, [action](const Result<Server>& reached) -> Status {
                                    // After a delete the VM is gone: "not found" is the success.
                                    if (!reached && action != Action::Delete)
                                        return reached.error();
                                    return {};
                                });
                        })
                    .unwrap();
            })
        .unwrap()
        .then(this, [this, action, accountId, id, name, cloud](const Status& done) {
            m_model->setPendingAction(accountId, id, {});
            QString text;
            if (done) {
                switch (action) {
                case Action::Start:
                    text = tr("%1 on %2 is running.").arg(name, cloud);
                    break;
                case Action::Stop:
                    text = tr("%1 on %2 is stopped.").arg(name, cloud);
                    break;
                case Action::Reboot:
                    text = tr("%1 on %2 was rebooted.").arg(name, cloud);
                    break;
                case Action::Delete:
                    text = tr("%1 on %2 was deleted.").arg(name, cloud);
                    break;
                }
                emit statusMessage(text, 8000);
            } else {
                text = tr("Could not %1 %2 on %3. %4").arg(verb(action).toLower(), name, cloud, done.error().message);
                m_message->setHint(HintLabel::Kind::Problem, text);
                emit statusMessage(tr("%1 on %2: the action failed.").arg(name, cloud), 8000);
            }
            m_clouds.inventory()->refresh(accountId);
            updateActions();
            emit actionFinished(done.ok(), text);
        });
}

void VmsPage::updateDetails()
{
    const InventoryRow* row = selectedRow();
    if (!row) {
        m_details->setProperty("shownHtml", QString());
        m_details->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(escaped(tr("Select a VM to see all its details here."))));
        return;
    }
    const Server& s = row->server;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2'>").arg(escaped(s.name));
    auto add = [&html](const QString& label, const QString& value) {
        if (value.isEmpty())
            return;
        html += QStringLiteral("<tr><td style='color:gray; padding-right:8px' valign='top'>%1</td><td>%2</td></tr>")
                    .arg(escaped(label), escaped(value).replace(u'\n', QStringLiteral("<br>")));
    };
    add(tr("UUID"), s.id);
    add(tr("Cloud"), InventoryModel::cloudLabel(*row));
    add(tr("Status"),
        s.providerStatus.isEmpty() ? InventoryModel::statusText(s)
                                   : tr("%1 (%2)").arg(InventoryModel::statusText(s), s.providerStatus));
    add(tr("Task"), s.taskState);
    add(tr("Problem"), s.faultMessage);
    add(tr("Power"), InventoryModel::powerText(s.powerState));
    add(tr("Flavor"), s.flavorName);
    add(tr("Size"),
        s.diskGb > 0 ? tr("%1 vCPU, %2 MiB RAM, %3 GB disk").arg(s.vcpus).arg(s.ramMb).arg(s.diskGb)
                     : tr("%1 vCPU, %2 MiB RAM, disk size not reported").arg(s.vcpus).arg(s.ramMb));
    const QString image = m_model->imageText(*row);
    add(tr("Image"), image == s.imageId ? s.imageId : tr("%1 (%2)").arg(image, s.imageId));
    QStringList addresses;
    for (const Address& address : s.addresses)
        addresses << tr("%1 — %2 (IPv%3, %4)").arg(address.ip, address.network).arg(address.version).arg(address.type);
    add(tr("Addresses"), addresses.join(u'\n'));
    add(tr("Zone"), s.zone);
    add(tr("Key pair"), s.keyName);
    add(tr("Created"),
        s.created.isValid() ? locale.toString(s.created.toLocalTime(), QLocale::ShortFormat) : QString());
    add(tr("Updated"),
        s.updated.isValid() ? locale.toString(s.updated.toLocalTime(), QLocale::ShortFormat) : QString());
    add(tr("Role"), InventoryModel::roleText(row->role));
    // The other half of the pair, one click away.
    if (const InventoryRow* partner = m_model->partnerOf(*row)) {
        html += QStringLiteral("<tr><td style='color:gray; padding-right:8px' valign='top'>%1</td>"
                               "<td><a href='#partner'>%2</a></td></tr>")
                    .arg(escaped(partner->role == ServerRole::Twin ? tr("Its twin") : tr("Its main VM")),
                        escaped(tr("%1 on %2").arg(partner->server.name, InventoryModel::cloudLabel(*partner))));
    }
    QStringList metadata;
    for (auto it = s.metadata.cbegin(); it != s.metadata.cend(); ++it)
        metadata << QStringLiteral("%1 = %2").arg(it.key(), it.value().toString());
    add(tr("Metadata"), metadata.isEmpty() ? tr("none") : metadata.join(u'\n'));
    html += QStringLiteral("</table>");
    // Refreshes arrive every few seconds; keep the pane (and its scroll position) when nothing changed.
    if (m_details->property("shownHtml").toString() != html) {
        m_details->setProperty("shownHtml", html);
        m_details->setHtml(html);
    }
}

void VmsPage::updateBanners()
{
    Inventory* inventory = m_clouds.inventory();
    QSet<QString> failing;
    for (const CloudState& state : inventory->cloudStates()) {
        if (state.ok || state.error.isEmpty())
            continue;
        failing.insert(state.accountId);
        QWidget* banner = m_banners.value(state.accountId);
        if (!banner) {
            banner = new QFrame(this);
            banner->setObjectName(QStringLiteral("cloudBanner"));
            banner->setProperty("accountId", state.accountId);
            banner->setStyleSheet(QStringLiteral("QFrame#cloudBanner { background: #fdecea; border: 1px solid #e5a5a0; "
                                                 "border-radius: 4px; } QLabel { color: #8a1c13; }"));
            auto* layout = new QHBoxLayout(banner);
            auto* icon = new QLabel(banner);
            const int side = fontMetrics().height() + 4;
            icon->setPixmap(standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
            icon->setAlignment(Qt::AlignTop);
            auto* text = new QLabel(banner);
            text->setObjectName(QStringLiteral("bannerText"));
            text->setWordWrap(true);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            auto* retry = new QPushButton(tr("Retry"), banner);
            retry->setObjectName(QStringLiteral("retryButton"));
            layout->addWidget(icon);
            layout->addWidget(text, 1);
            layout->addWidget(retry, 0, Qt::AlignTop);
            const QString id = state.accountId;
            connect(retry, &QPushButton::clicked, this, [this, id]() { m_clouds.inventory()->refresh(id, true); });
            m_bannerLayout->addWidget(banner);
            m_banners.insert(state.accountId, banner);
        }
        const QString name = cloudLabel(state.name, state.sandbox, state.kind);
        banner->findChild<QLabel*>(QStringLiteral("bannerText"))
            ->setText(tr("<b>%1 cannot be reached.</b> %2 The VMs shown for it are from the last successful "
                         "refresh.")
                          .arg(name.toHtmlEscaped(), state.error.toHtmlEscaped()));
        auto* retry = banner->findChild<QPushButton*>(QStringLiteral("retryButton"));
        retry->setEnabled(!state.refreshing);
        retry->setText(state.refreshing ? tr("Retrying…") : tr("Retry"));
    }
    for (auto it = m_banners.begin(); it != m_banners.end();) {
        if (failing.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        it = m_banners.erase(it);
    }
}

void VmsPage::updateStack()
{
    if (!m_clouds.isLoaded()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    if (m_clouds.accounts().isEmpty()) {
        m_stack->setCurrentWidget(m_noClouds);
        return;
    }
    if (m_model->rowCount() == 0) {
        bool answered = false;
        for (const CloudState& state : m_clouds.inventory()->cloudStates())
            answered = answered || state.ok;
        if (answered && !m_clouds.inventory()->isRefreshing()) {
            m_stack->setCurrentWidget(m_noVms);
            return;
        }
    }
    m_stack->setCurrentWidget(m_tablePane);
}

void VmsPage::updateCloudFilter()
{
    const QString current = m_cloudFilter->currentData().toString();
    const QSignalBlocker blocker(m_cloudFilter);
    m_cloudFilter->clear();
    m_cloudFilter->addItem(tr("All clouds"), QString());
    for (const CloudAccount& account : m_clouds.accounts())
        m_cloudFilter->addItem(cloudLabel(account), account.id);
    const int index = m_cloudFilter->findData(current);
    m_cloudFilter->setCurrentIndex(qMax(0, index));
    m_proxy->setAccountId(m_cloudFilter->currentData().toString());
    m_cloudFilter->setVisible(m_clouds.accounts().size() > 1);
}

void VmsPage::growColumns()
{
    // Wide enough for what is listed, but never narrower than the person made a column.
    for (int column = 0; column < InventoryModel::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            continue;
        const int wanted = qMax(static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(column),
            m_table->horizontalHeader()->sectionSizeHint(column));
        if (m_table->columnWidth(column) < wanted)
            m_table->setColumnWidth(column, qMin(wanted, latinCharsWidth(fontMetrics(), 40)));
    }
}

void VmsPage::fetchImageNames(const QString& accountId)
{
    // Once per cloud and session: image names rarely change, and a VM's listing carries only the id.
    if (m_imagesFetched.contains(accountId))
        return;
    m_imagesFetched.insert(accountId);
    m_clouds.service()
        ->provider(accountId)
        .then(this,
            [](const Result<CloudProvider*>& provider) -> QFuture<Result<QList<Image>>> {
                if (!provider)
                    return QtFuture::makeReadyFuture(Result<QList<Image>>(provider.error()));
                return provider.value()->listImages();
            })
        .unwrap()
        .then(this, [this, accountId](const Result<QList<Image>>& images) {
            if (!images) {
                m_imagesFetched.remove(accountId); // try again after the next refresh
                return;
            }
            QHash<QString, QString> names;
            for (const Image& image : images.value())
                names.insert(image.id, image.name);
            m_model->setImageNames(accountId, names);
            // The ids made the column wide; the names are short.
            QTimer::singleShot(
                0, m_table, [table = m_table]() { table->resizeColumnToContents(InventoryModel::ImageColumn); });
        });
}

void VmsPage::updateRefreshState()
{
    Inventory* inventory = m_clouds.inventory();
    const bool refreshing = inventory->isRefreshing();
    m_busy->setRunning(refreshing);
    QDateTime last;
    for (const CloudState& state : inventory->cloudStates()) {
        if (state.lastRefreshed.isValid() && (!last.isValid() || state.lastRefreshed > last))
            last = state.lastRefreshed;
    }
    if (refreshing)
        m_updated->setText(tr("Refreshing…"));
    else if (last.isValid())
        m_updated->setText(tr("Updated %1").arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat)));
    else
        m_updated->clear();
}

} // namespace ct
