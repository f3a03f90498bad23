#include "connectiontestdialog.h"

#include "busyindicator.h"
#include "cloud/cloudprovider.h"
#include "inventory/cloudservice.h"
#include "uimetrics.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

QString serviceLabel(const QString& service)
{
    if (service == QLatin1String("identity"))
        return ConnectionTestDialog::tr("Identity (Keystone)");
    if (service == QLatin1String("compute"))
        return ConnectionTestDialog::tr("Compute (Nova)");
    if (service == QLatin1String("image"))
        return ConnectionTestDialog::tr("Image (Glance)");
    if (service == QLatin1String("network"))
        return ConnectionTestDialog::tr("Network (Neutron)");
    if (service == QLatin1String("volume"))
        return ConnectionTestDialog::tr("Volume (Cinder)");
    return service;
}

const QColor kGood(0x1e, 0x7b, 0x34);
const QColor kBad(0xb3, 0x26, 0x1e);

} // namespace

ConnectionTestDialog::ConnectionTestDialog(
    CloudService& service, const QString& accountId, const QString& cloudLabel, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_accountId(accountId)
    , m_cloudLabel(cloudLabel)
{
    setObjectName(QStringLiteral("connectionTestDialog"));
    setWindowTitle(tr("Test Connection — %1").arg(cloudLabel));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_busy = new BusyIndicator(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_busy);
    top->addWidget(m_summary, 1);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Service"), tr("Result"), tr("Time"), tr("Details")});
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Test &Again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(QStringLiteral("testAgainButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &ConnectionTestDialog::run);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(latinCharsWidth(fontMetrics(), 110), fontMetrics().height() * 18);
    run();
}

void ConnectionTestDialog::run()
{
    const int generation = ++m_generation;
    m_running = true;
    m_again->setEnabled(false);
    m_busy->setRunning(true);
    m_list->clear();
    m_summary->setText(tr("Signing in to %1 and asking each service…").arg(m_cloudLabel));
    m_service.provider(m_accountId)
        .then(this,
            [](const Result<CloudProvider*>& provider) -> QFuture<Result<QList<ServiceCheck>>> {
                if (!provider)
                    return QtFuture::makeReadyFuture(Result<QList<ServiceCheck>>(provider.error()));
                return provider.value()->testConnection();
            })
        .unwrap()
        .then(this, [this, generation](const Result<QList<ServiceCheck>>& checks) {
            if (generation != m_generation)
                return;
            m_running = false;
            m_again->setEnabled(true);
            m_busy->setRunning(false);
            if (!checks) {
                m_summary->setText(tr("The test could not start: %1").arg(checks.error().message));
                emit testFinished(false);
                return;
            }
            int good = 0;
            for (const ServiceCheck& check : checks.value()) {
                auto* item = new QTreeWidgetItem(m_list);
                item->setText(0, serviceLabel(check.service));
                item->setData(0, Qt::UserRole, check.service);
                item->setText(1, check.ok ? tr("✓ OK") : tr("✗ Failed"));
                item->setForeground(1, check.ok ? kGood : kBad);
                item->setText(2, tr("%1 ms").arg(check.elapsedMs));
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(3, check.detail);
                item->setToolTip(3, check.detail);
                good += check.ok ? 1 : 0;
            }
            for (int column = 0; column < 3; ++column)
                m_list->resizeColumnToContents(column);
            const bool allOk = good == checks.value().size();
            m_summary->setText(allOk ? tr("%1 answered on all %2 services.").arg(m_cloudLabel).arg(good)
                                     : tr("%1: %2 of %3 services answered. The details say what went wrong.")
                                           .arg(m_cloudLabel)
                                           .arg(good)
                                           .arg(checks.value().size()));
            emit testFinished(allOk);
        });
}

} // namespace ct
