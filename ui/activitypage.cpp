#include "activitypage.h"

#include "emptystate.h"
#include "logging/logging.h"
#include "store/storeworker.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {

namespace {

QIcon severityIcon(ActivityEvent::Severity severity)
{
    QStyle* style = QApplication::style();
    switch (severity) {
    case ActivityEvent::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case ActivityEvent::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ActivityEvent::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString severityName(ActivityEvent::Severity severity)
{
    switch (severity) {
    case ActivityEvent::Severity::Info:
        return ActivityPage::tr("Information");
    case ActivityEvent::Severity::Warning:
        return ActivityPage::tr("Warning");
    case ActivityEvent::Severity::Error:
        return ActivityPage::tr("Error");
    }
    return {};
}

} // namespace

ActivityPage::ActivityPage(StoreWorker& worker, SignedInUser user, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_user(std::move(user))
    , m_stack(new QStackedWidget(this))
    , m_loading(new QLabel(tr("Loading activity…"), this))
    , m_list(new QTreeWidget(this))
    , m_empty(
          new EmptyState(QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("No activity yet"),
              tr("Sign-ins, password changes and, in later versions, snapshots and fail-overs "
                 "of your VMs will be listed here, newest first."),
              this))
    , m_failed(new EmptyState(
          QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Cannot show the activity"), {}, this))
{
    m_loading->setAlignment(Qt::AlignCenter);
    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Time"), tr("Event")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("activityEmptyState"));
    m_failed->setObjectName(QStringLiteral("activityErrorState"));

    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_failed);

    auto* title = new QLabel(tr("Activity"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);
}

int ActivityPage::eventCount() const { return m_list->topLevelItemCount(); }

void ActivityPage::reload()
{
    const int generation = ++m_generation;
    // Keep showing the old list while a reload runs; only the very first load says "Loading…".
    if (m_stack->currentWidget() != m_list)
        m_stack->setCurrentWidget(m_loading);
    m_worker.run([user = m_user](AccountService& accounts) { return accounts.storeFor(user)->events(); })
        .then(this, [this, generation](const Result<QList<ActivityEvent>>& events) {
            if (generation != m_generation)
                return;
            if (!events) {
                qCWarning(lcUi) << "cannot read activity:" << events.error().message;
                m_failed->setBody(events.error().message);
                m_stack->setCurrentWidget(m_failed);
                emit loaded(-1);
                return;
            }
            QList<ActivityEvent> sorted = events.value();
            std::stable_sort(sorted.begin(), sorted.end(),
                [](const ActivityEvent& a, const ActivityEvent& b) { return a.at > b.at; });
            m_list->clear();
            const QLocale locale;
            for (const ActivityEvent& event : sorted) {
                auto* item = new QTreeWidgetItem(m_list);
                const QDateTime local = event.at.toLocalTime();
                item->setText(0, locale.toString(local, QLocale::ShortFormat));
                item->setToolTip(0, locale.toString(local, QLocale::LongFormat));
                item->setIcon(0, severityIcon(event.severity));
                item->setData(0, Qt::AccessibleTextRole, severityName(event.severity));
                item->setText(1, event.message);
                item->setToolTip(1, event.message);
                item->setData(0, Qt::UserRole, event.id);
            }
            m_stack->setCurrentWidget(sorted.isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);
            emit loaded(static_cast<int>(sorted.size()));
        });
}

} // namespace ct
