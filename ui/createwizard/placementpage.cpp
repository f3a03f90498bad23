#include "placementpage.h"

#include "busyindicator.h"
#include "cloudcontext.h"
#include "createwizard.h"
#include "hintlabel.h"
#include "inventory/cloudservice.h"
#include "inventory/inventory.h"
#include "spec/catalog.h"
#include "util/futures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSet>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ct {

using spec::Catalog;

namespace {

/// What identifies an item in the spec: its name when no other item has it, else its id.
template<class T>
QString keyOf(const QList<T>& items, const T& item)
{
    const auto sameName
        = std::count_if(items.cbegin(), items.cend(), [&item](const T& other) { return other.name == item.name; });
    return sameName == 1 && !item.name.isEmpty() ? item.name : item.id;
}

/// Selects the entry whose data is `key` (the "choose for me" entry when empty or not listed).
void select(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (combo->isEditable() && !key.isEmpty()) {
        combo->setEditText(key);
    } else {
        combo->setCurrentIndex(0);
    }
}

QString comboValue(const QComboBox* combo)
{
    if (combo->isEditable()) {
        const int index = combo->findText(combo->currentText());
        return index >= 0 ? combo->itemData(index).toString() : combo->currentText().trimmed();
    }
    return combo->currentData().toString();
}

} // namespace

PlacementPage::PlacementPage(CreateWizard& wizard)
    : SpecPage(wizard, tr("Where should the VMs run?"),
        tr("The main VM runs on one cloud account, its twin on another. If the main cloud fails, the twin takes "
           "over."))
{
    setObjectName(QStringLiteral("placementPage"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("vmName"));
    m_name->setPlaceholderText(tr("e.g. web-01"));
    m_name->setMaxLength(80);
    m_nameHint = makeHint("vmNameHint");
    m_nameNote = makeHint("vmNameNote");

    m_main = makeSide(tr("Main VM"), "main");
    m_twin = makeSide(tr("Twin"), "twin");

    m_publicIp = new QCheckBox(tr("Give both VMs a &public address (reachable from the internet)"), this);
    m_publicIp->setObjectName(QStringLiteral("publicIp"));
    auto* publicNote = new HintLabel(this);
    publicNote->setObjectName(QStringLiteral("publicIpNote"));
    publicNote->setHint(HintLabel::Kind::Note,
        tr("Without one, the VMs can be reached only from inside their clouds' networks (or a VPN into them). "
           "The services on the Access page decide what is open at that address."));

    auto* form = new QFormLayout;
    form->setVerticalSpacing(4);
    form->addRow(tr("VM n&ame:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(QString(), m_nameNote);
    form->addRow(tr("&Main cloud:"), m_main.cloud);
    form->addRow(QString(), m_main.cloudHint);
    form->addRow(tr("&Twin cloud:"), m_twin.cloud);
    form->addRow(QString(), m_twin.cloudHint);
    form->addRow(QString(), m_publicIp);
    form->addRow(QString(), publicNote);

    m_advanced = new QCheckBox(tr("Ad&vanced: exact flavor, image, network and zone"), this);
    m_advanced->setObjectName(QStringLiteral("placementAdvanced"));
    auto* sides = new QHBoxLayout;
    sides->addWidget(m_main.box);
    sides->addWidget(m_twin.box);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_advanced);
    layout->addLayout(sides);
    layout->addStretch(1);

    bind(QStringLiteral("name"), m_nameHint, m_name);
    bind(QStringLiteral("main.cloud"), m_main.cloudHint, m_main.cloud);
    bind(QStringLiteral("twin.cloud"), m_twin.cloudHint, m_twin.cloud);
    bind(QStringLiteral("main"), m_main.listHint);
    bind(QStringLiteral("twin"), m_twin.listHint);

    connect(m_name, &QLineEdit::textChanged, this, [this]() {
        updateNameNote();
        changed();
    });
    for (Side* side : {&m_main, &m_twin}) {
        connect(side->cloud, &QComboBox::currentIndexChanged, this, [this, side]() {
            if (m_advanced->isChecked())
                listOffer(*side);
            updateNameNote();
            changed();
        });
        for (QComboBox* combo : {side->flavor, side->image, side->network})
            connect(combo, &QComboBox::currentIndexChanged, this, &PlacementPage::changed);
        connect(side->zone, &QComboBox::currentTextChanged, this, &PlacementPage::changed);
    }
    connect(m_publicIp, &QCheckBox::toggled, this, &PlacementPage::changed);
    connect(m_advanced, &QCheckBox::toggled, this, [this]() {
        updateAdvanced();
        changed();
    });
    connect(&m_wizard.clouds(), &CloudContext::accountsChanged, this, [this]() {
        fillClouds();
        changed();
    });
    // Tab follows the page from top to bottom (the side boxes were made before the fields above them).
    QWidget* order[] = {m_name, m_main.cloud, m_twin.cloud, m_publicIp, m_advanced, m_main.flavor, m_main.image,
        m_main.network, m_main.zone, m_twin.flavor, m_twin.image, m_twin.network, m_twin.zone};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    fillClouds();
    updateAdvanced();
}

PlacementPage::Side PlacementPage::makeSide(const QString& role, const char* prefix)
{
    const QString name = QLatin1String(prefix);
    Side side;
    side.cloud = new QComboBox(this);
    side.cloud->setObjectName(name + QStringLiteral("Cloud"));
    side.cloudHint = makeHint((name + QStringLiteral("CloudHint")).toLatin1().constData());
    side.box = new QGroupBox(tr("%1: exact choices").arg(role), this);
    side.box->setObjectName(name + QStringLiteral("Advanced"));
    auto makeCombo = [&side, &name](const char* what) {
        auto* combo = new QComboBox(side.box);
        combo->setObjectName(name + QLatin1String(what));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        return combo;
    };
    side.flavor = makeCombo("Flavor");
    side.image = makeCombo("Image");
    side.network = makeCombo("Network");
    side.zone = makeCombo("Zone");
    side.zone->setEditable(true);
    side.zone->setInsertPolicy(QComboBox::NoInsert);
    side.busy = new BusyIndicator(side.box);
    side.listHint = new HintLabel(side.box);
    side.listHint->setObjectName(name + QStringLiteral("ListHint"));
    side.listHint->setHideWhenEmpty(true);
    auto* form = new QFormLayout(side.box);
    form->setVerticalSpacing(4);
    // Mnemonics differ per side so each field stays reachable with Alt.
    const bool main = name == QLatin1String("main");
    form->addRow(main ? tr("&Flavor:") : tr("F&lavor:"), side.flavor);
    form->addRow(main ? tr("&Image:") : tr("Ima&ge:"), side.image);
    form->addRow(main ? tr("Net&work:") : tr("Netw&ork:"), side.network);
    form->addRow(main ? tr("&Zone:") : tr("Zon&e:"), side.zone);
    auto* status = new QHBoxLayout;
    status->addWidget(side.busy, 0, Qt::AlignTop);
    status->addWidget(side.listHint, 1);
    form->addRow(status);
    return side;
}

QString PlacementPage::accountId(const Side& side) const
{
    return side.cloud->currentData(Qt::UserRole + 1).toString();
}

bool PlacementPage::isListing() const { return !m_loading.isEmpty(); }

void PlacementPage::fillClouds()
{
    const QList<CloudAccount> accounts = m_wizard.clouds().accounts();
    for (Side* side : {&m_main, &m_twin}) {
        const QString current = side->cloud->currentData().toString();
        const QSignalBlocker blocker(side->cloud);
        side->cloud->clear();
        side->cloud->addItem(tr("Choose a cloud…"), QString());
        for (const CloudAccount& account : accounts) {
            side->cloud->addItem(cloudLabel(account), account.name);
            side->cloud->setItemData(side->cloud->count() - 1, account.id, Qt::UserRole + 1);
        }
        side->cloud->setCurrentIndex(qMax(0, side->cloud->findData(current)));
    }
}

QString PlacementPage::suggestedName() const
{
    QString stem;
    switch (m_wizard.spec().purpose) {
    case spec::Purpose::WebServer:
        stem = QStringLiteral("web");
        break;
    case spec::Purpose::Database:
        stem = QStringLiteral("db");
        break;
    case spec::Purpose::DevelopmentBox:
        stem = QStringLiteral("dev");
        break;
    case spec::Purpose::FileServer:
        stem = QStringLiteral("files");
        break;
    case spec::Purpose::Custom:
        stem = QStringLiteral("vm");
        break;
    }
    // The first number no VM on any of the user's clouds has yet.
    QSet<QString> taken;
    for (const InventoryRow& row : m_wizard.clouds().inventory()->rows())
        taken.insert(row.server.name);
    for (int n = 1; n < 100; ++n) {
        const QString name = QStringLiteral("%1-%2").arg(stem).arg(n, 2, 10, QLatin1Char('0'));
        if (!taken.contains(name) && !taken.contains(name + QStringLiteral("-twin")))
            return name;
    }
    return stem;
}

void PlacementPage::updateNameNote()
{
    const QString name = m_name->text().trimmed();
    QStringList clouds;
    for (const Side* side : {&m_main, &m_twin}) {
        const QString id = accountId(*side);
        for (const InventoryRow& row : m_wizard.clouds().inventory()->rows(id)) {
            if (!name.isEmpty() && row.server.name == name && !clouds.contains(side->cloud->currentText()))
                clouds << side->cloud->currentText();
        }
    }
    m_nameNote->setHint(HintLabel::Kind::Note,
        clouds.isEmpty() ? QString()
                         : tr("%1 already has a VM called %2. Two VMs with one name are hard to tell apart; "
                              "consider another name.")
                               .arg(clouds.join(tr(" and ")), name));
}

void PlacementPage::updateAdvanced()
{
    const bool on = m_advanced->isChecked();
    m_main.box->setVisible(on);
    m_twin.box->setVisible(on);
    if (on) {
        listOffer(m_main);
        listOffer(m_twin);
    }
}

void PlacementPage::listOffer(Side& side)
{
    const QString id = accountId(side);
    const spec::Placement keep = &side == &m_main ? m_wizard.spec().main : m_wizard.spec().twin;
    if (id.isEmpty()) {
        side.busy->setRunning(false);
        fillOffer(side, {}, keep);
        return;
    }
    if (m_offers.contains(id)) {
        side.busy->setRunning(false);
        fillOffer(side, m_offers.value(id), keep);
        return;
    }
    side.busy->setRunning(true);
    setListText(side, false, tr("Asking %1 what it offers…").arg(side.cloud->currentText()));
    for (QComboBox* combo : {side.flavor, side.image, side.network, side.zone})
        combo->setEnabled(false);
    if (m_loading.contains(id))
        return; // the other side asked already
    m_loading.insert(id);
    // The wizard may close before the cloud answers: continue only while the page exists.
    auto listed = thenWhileAlive(m_wizard.clouds().service()->provider(id), this,
        [](const Result<CloudProvider*>& provider) -> QFuture<std::shared_ptr<Offer>> {
            auto offer = std::make_shared<Offer>();
            if (!provider) {
                offer->error = provider.error().message;
                return QtFuture::makeReadyFuture(offer);
            }
            CloudProvider* cloud = provider.value();
            auto fail = [offer](const Error& error) {
                if (offer->error.isEmpty())
                    offer->error = error.message;
            };
            QList<QFuture<void>> parts;
            parts << cloud->listFlavors().then(QtFuture::Launch::Sync, [offer, fail](const Result<QList<Flavor>>& r) {
                r ? void(offer->flavors = r.value()) : fail(r.error());
            });
            parts << cloud->listImages().then(QtFuture::Launch::Sync, [offer, fail](const Result<QList<Image>>& r) {
                r ? void(offer->images = r.value()) : fail(r.error());
            });
            parts << cloud->listNetworks().then(QtFuture::Launch::Sync, [offer, fail](const Result<QList<Network>>& r) {
                r ? void(offer->networks = r.value()) : fail(r.error());
            });
            // Without the zones the other choices still work, and a zone name can still be typed.
            parts << cloud->listAvailabilityZones().then(
                QtFuture::Launch::Sync, [offer](const Result<QList<AvailabilityZone>>& r) {
                    r ? void(offer->zones = r.value()) : void(offer->zoneError = r.error().message);
                });
            return QtFuture::whenAll(parts.begin(), parts.end())
                .then(QtFuture::Launch::Sync, [offer](const QList<QFuture<void>>&) { return offer; });
        });
    thenWhileAlive(listed.unwrap(), this, [this, id](const std::shared_ptr<Offer>& listed) {
        Offer offer = *listed;
        std::sort(offer.zones.begin(), offer.zones.end(),
            [](const AvailabilityZone& a, const AvailabilityZone& b) { return a.name < b.name; });
        // A failed listing is not kept, so choosing the cloud again asks again.
        if (offer.error.isEmpty() && offer.zoneError.isEmpty())
            m_offers.insert(id, offer);
        m_loading.remove(id);
        // Both sides may show this cloud; either may have moved on to another one meanwhile.
        for (Side* side : {&m_main, &m_twin}) {
            if (accountId(*side) == id) {
                side->busy->setRunning(false);
                const spec::Placement keep = side == &m_main ? m_wizard.spec().main : m_wizard.spec().twin;
                fillOffer(*side, offer, keep);
            }
        }
        changed();
    });
}

void PlacementPage::fillOffer(Side& side, const Offer& offer, const spec::Placement& keep)
{
    const QString cloud = side.cloud->currentText();
    const spec::VmSpec& spec = m_wizard.spec();
    for (QComboBox* combo : {side.flavor, side.image, side.network, side.zone}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->setEnabled(!accountId(side).isEmpty() && offer.error.isEmpty());
    }
    {
        const QSignalBlocker blocker(side.flavor);
        QList<Flavor> flavors = offer.flavors;
        std::sort(flavors.begin(), flavors.end(), [](const Flavor& a, const Flavor& b) {
            return std::tie(a.vcpus, a.ramMb, a.diskGb, a.name) < std::tie(b.vcpus, b.ramMb, b.diskGb, b.name);
        });
        // The first entry says what CloudTwin would take, so "Automatic" is not a blind choice.
        const auto pick = Catalog::matchFlavor(flavors, Catalog::effectiveSize(spec), {}, cloud);
        side.flavor->addItem(
            pick ? tr("Automatic: %1").arg(flavors.at(pick->index).name) : tr("Automatic (none fits yet)"), QString());
        side.flavor->setItemData(0, pick ? pick->reason : pick.error().message, Qt::ToolTipRole);
        for (const Flavor& flavor : flavors) {
            const QString numbers = flavor.diskGb > 0
                ? tr("%1 vCPU, %2 MB memory, %3 GB disk").arg(flavor.vcpus).arg(flavor.ramMb).arg(flavor.diskGb)
                : tr("%1 vCPU, %2 MB memory").arg(flavor.vcpus).arg(flavor.ramMb);
            side.flavor->addItem(tr("%1 — %2").arg(flavor.name, numbers), keyOf(flavors, flavor));
        }
        select(side.flavor, keep.flavor);
    }
    {
        const QSignalBlocker blocker(side.image);
        QList<Image> images;
        for (const Image& image : offer.images) {
            if (image.status.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0)
                images << image;
        }
        std::sort(images.begin(), images.end(), [](const Image& a, const Image& b) { return a.name < b.name; });
        const auto pick = Catalog::matchImage(images, spec.osFamily, spec.osVersion, {}, cloud);
        side.image->addItem(
            pick ? tr("Automatic: %1").arg(images.at(pick->index).name) : tr("Automatic (none fits yet)"), QString());
        side.image->setItemData(0, pick ? pick->reason : pick.error().message, Qt::ToolTipRole);
        for (const Image& image : images) {
            const QString distro = image.properties.value(QStringLiteral("os_distro")).toString();
            const QString version = image.properties.value(QStringLiteral("os_version")).toString();
            const QString osType = image.properties.value(QStringLiteral("ostypename")).toString();
            const QString os = !distro.isEmpty() ? QStringLiteral("%1 %2").arg(distro, version).trimmed() : osType;
            side.image->addItem(os.isEmpty() ? image.name : tr("%1 (%2)").arg(image.name, os), keyOf(images, image));
        }
        select(side.image, keep.image);
    }
    {
        const QSignalBlocker blocker(side.network);
        side.network->addItem(tr("The cloud's default"), QString());
        for (const Network& network : offer.networks) {
            side.network->addItem(network.external ? tr("%1 (external)").arg(network.name) : network.name,
                keyOf(offer.networks, network));
        }
        select(side.network, keep.network);
    }
    {
        const QSignalBlocker blocker(side.zone);
        side.zone->addItem(tr("The cloud's default"), QString());
        auto* items = qobject_cast<QStandardItemModel*>(side.zone->model());
        for (const AvailabilityZone& zone : offer.zones) {
            if (zone.available) {
                side.zone->addItem(zone.name, zone.name);
                continue;
            }
            // Listed so the list reads as the cloud's, but not choosable: the cloud takes no new VMs there.
            side.zone->addItem(tr("%1 (unavailable)").arg(zone.name), zone.name);
            side.zone->setItemData(side.zone->count() - 1,
                tr("%1 reports this zone as unavailable: it takes no new VMs there now.").arg(cloud), Qt::ToolTipRole);
            if (items)
                items->item(side.zone->count() - 1)->setEnabled(false);
        }
        select(side.zone, keep.zone);
    }
    side.listedAccount = accountId(side);
    if (!offer.error.isEmpty())
        setListText(
            side, true, tr("Could not list what %1 offers: %2 CloudTwin will choose for you.").arg(cloud, offer.error));
    else if (!offer.zoneError.isEmpty())
        setListText(side, false,
            tr("Could not list the zones of %1: %2 Type a zone name, or leave the zone to the cloud.")
                .arg(cloud, offer.zoneError));
    else
        setListText(side, false, {});
}

void PlacementPage::setListText(Side& side, bool problem, const QString& text)
{
    side.listText = text;
    side.listIsProblem = problem;
    showListNote(side);
}

void PlacementPage::showListNote(Side& side)
{
    if (!side.listText.isEmpty()) {
        side.listHint->setHint(side.listIsProblem ? HintLabel::Kind::Problem : HintLabel::Kind::Note, side.listText);
        return;
    }
    // A zone kept from a spec file or typed by hand may be one the cloud lists as unavailable.
    const QString zone = comboValue(side.zone);
    const auto offer = m_offers.constFind(side.listedAccount);
    if (!zone.isEmpty() && offer != m_offers.constEnd()) {
        for (const AvailabilityZone& listed : offer->zones) {
            if (listed.name == zone && !listed.available) {
                side.listHint->setHint(HintLabel::Kind::Problem,
                    tr("%1 reports zone %2 as unavailable: it takes no new VMs there now. Choose another zone, or "
                       "leave the zone to the cloud.")
                        .arg(side.cloud->currentText(), zone));
                return;
            }
        }
    }
    side.listHint->setHint(HintLabel::Kind::Note, {});
}

void PlacementPage::showIssues(const QList<spec::FieldIssue>& issues)
{
    SpecPage::showIssues(issues);
    for (Side* side : {&m_main, &m_twin}) {
        if (side->listHint->text().isEmpty())
            showListNote(*side);
    }
}

void PlacementPage::load(const spec::VmSpec& spec)
{
    fillClouds();
    const QList<CloudAccount> accounts = m_wizard.clouds().accounts();
    QString main = spec.main.cloud;
    QString twin = spec.twin.cloud;
    // Beginner defaults: the first account for the main VM, the next one for the twin.
    if (main.isEmpty() && !accounts.isEmpty())
        main = accounts.first().name;
    if (twin.isEmpty()) {
        for (const CloudAccount& account : accounts) {
            if (account.name != main) {
                twin = account.name;
                break;
            }
        }
    }
    m_main.cloud->setCurrentIndex(qMax(0, m_main.cloud->findData(main)));
    m_twin.cloud->setCurrentIndex(qMax(0, m_twin.cloud->findData(twin)));
    m_name->setText(spec.name.isEmpty() ? suggestedName() : spec.name);
    m_publicIp->setChecked(spec.main.publicIp || spec.twin.publicIp);
    const bool exact = !spec.main.flavor.isEmpty() || !spec.main.image.isEmpty() || !spec.main.network.isEmpty()
        || !spec.main.zone.isEmpty() || !spec.twin.flavor.isEmpty() || !spec.twin.image.isEmpty()
        || !spec.twin.network.isEmpty() || !spec.twin.zone.isEmpty();
    if (exact)
        m_advanced->setChecked(true);
    // The size and OS may have changed since the lists were shown: refresh what "choose for me" means.
    if (m_advanced->isChecked()) {
        for (Side* side : {&m_main, &m_twin}) {
            const QString id = accountId(*side);
            if (m_offers.contains(id))
                fillOffer(*side, m_offers.value(id), side == &m_main ? spec.main : spec.twin);
        }
    }
    updateAdvanced();
    updateNameNote();
}

void PlacementPage::store(spec::VmSpec& spec) const
{
    spec.name = m_name->text().trimmed();
    for (const Side* side : {&m_main, &m_twin}) {
        spec::Placement& placement = side == &m_main ? spec.main : spec.twin;
        placement.cloud = side->cloud->currentData().toString();
        placement.publicIp = m_publicIp->isChecked();
        // Exact choices count only while they are shown and belong to the cloud chosen now.
        const bool exact = m_advanced->isChecked() && side->listedAccount == accountId(*side);
        placement.flavor = exact ? comboValue(side->flavor) : QString();
        placement.image = exact ? comboValue(side->image) : QString();
        placement.network = exact ? comboValue(side->network) : QString();
        placement.zone = exact ? comboValue(side->zone) : QString();
    }
}

} // namespace ct
