#include "cloudmonkeyimportdialog.h"

#include "busyindicator.h"
#include "cloudcontext.h"
#include "hintlabel.h"
#include "uimetrics.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace ct {

using cloudmonkey::CloudMonkeyConfig;
using cloudmonkey::CloudMonkeyImport;
using cloudmonkey::ImportedProfile;

CloudMonkeyImportDialog::CloudMonkeyImportDialog(CloudContext& clouds, QWidget* parent)
    : QDialog(parent)
    , m_clouds(clouds)
{
    setObjectName(QStringLiteral("cloudMonkeyImportDialog"));
    setWindowTitle(tr("Import from CloudMonkey"));

    auto* intro = new HintLabel(this);
    intro->setHint(HintLabel::Kind::Plain,
        tr("CloudTwin reads the profiles of CloudMonkey, the CloudStack command line (cmk). Tick the profiles to "
           "add as CloudStack clouds; their names are kept. Secret keys and passwords go to your keychain or "
           "CloudTwin's encrypted file."));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileField"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* read = new QPushButton(tr("&Read"), this);
    read->setObjectName(QStringLiteral("readButton"));
    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(read);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Profile"), tr("API endpoint"), tr("Sign-in"), tr("Notes")});
    m_list->header()->setStretchLastSection(true);
    m_problems = new HintLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setHideWhenEmpty(true);
    m_result = new HintLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setHideWhenEmpty(true);
    m_busy = new BusyIndicator(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import Selected"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_result);
    layout->addLayout(bottom);
    resize(latinCharsWidth(fontMetrics(), 110), fontMetrics().height() * 24);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &CloudMonkeyImportDialog::choose);
    connect(read, &QPushButton::clicked, this, [this]() { load(m_file->text()); });
    connect(m_file, &QLineEdit::returnPressed, this, [this]() { load(m_file->text()); });
    connect(m_import, &QPushButton::clicked, this, &CloudMonkeyImportDialog::importChecked);
    connect(m_list, &QTreeWidget::itemChanged, this, [this]() {
        bool any = false;
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            any = any || m_list->topLevelItem(i)->checkState(0) == Qt::Checked;
        m_import->setEnabled(any);
    });

    const QString file = CloudMonkeyConfig::defaultPath();
    m_file->setText(QDir::toNativeSeparators(file));
    if (QFileInfo::exists(file))
        load(file);
    else
        m_result->setHint(HintLabel::Kind::Note,
            tr("There is no CloudMonkey config at %1. Choose the file with Browse… if cmk keeps it elsewhere.")
                .arg(QDir::toNativeSeparators(file)));
}

void CloudMonkeyImportDialog::choose()
{
    auto* dialog = new QFileDialog(this, tr("Choose the CloudMonkey Config"));
    dialog->setObjectName(QStringLiteral("cloudMonkeyFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    // cmk's file is called just "config", so hidden folders (~/.cmk) must be reachable.
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    dialog->setNameFilters({tr("All files (*)")});
    dialog->selectFile(QDir::fromNativeSeparators(m_file->text()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_file->setText(QDir::toNativeSeparators(file));
        load(file);
    });
    dialog->open();
}

void CloudMonkeyImportDialog::load(const QString& file)
{
    m_list->clear();
    m_problems->setHint(HintLabel::Kind::Note, {});
    m_result->setHint(HintLabel::Kind::Note, {});
    m_import->setEnabled(false);
    m_busy->setRunning(true);
    const QString path = QDir::fromNativeSeparators(file.trimmed());
    // The field always names the file the list comes from (load() is also called directly).
    m_file->setText(QDir::toNativeSeparators(path));
    // A newer load (another file picked while this one was read) wins; a stale result is dropped.
    const int generation = ++m_loadGeneration;
    QtConcurrent::run([path]() {
        return CloudMonkeyConfig::load(path);
    }).then(this, [this, generation](const Result<CloudMonkeyImport>& found) {
        if (generation != m_loadGeneration)
            return;
        m_busy->setRunning(false);
        if (!found) {
            m_found = {};
            m_problems->setHint(HintLabel::Kind::Problem, found.error().message);
            emit loaded();
            return;
        }
        m_found = found.value();
        const QList<CloudAccount> existing = m_clouds.accounts();
        m_list->blockSignals(true);
        for (int i = 0; i < m_found.profiles.size(); ++i) {
            const ImportedProfile& profile = m_found.profiles.at(i);
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, profile.account.name);
            item->setData(0, Qt::UserRole, i);
            item->setText(1, profile.account.apiUrl);
            item->setText(2,
                profile.usesApiKey()
                    ? tr("API key")
                    : tr("user %1, domain %2")
                          .arg(profile.account.userName,
                              profile.account.domain.isEmpty() ? QStringLiteral("/") : profile.account.domain));
            QStringList notes = profile.notes;
            if (profile.account.name == m_found.activeProfile)
                notes.prepend(tr("The profile cmk uses now."));
            const bool taken = std::any_of(existing.cbegin(), existing.cend(),
                [&](const CloudAccount& a) { return a.name == profile.account.name; });
            if (taken)
                notes.prepend(tr("You already have a cloud with this name."));
            item->setText(3, notes.join(QStringLiteral(" ")));
            item->setToolTip(3, notes.join(u'\n'));
            item->setFlags(taken ? (item->flags() & ~Qt::ItemIsEnabled) : (item->flags() | Qt::ItemIsUserCheckable));
            item->setCheckState(0, taken ? Qt::Unchecked : Qt::Checked);
        }
        for (int column = 0; column < 3; ++column)
            m_list->resizeColumnToContents(column);
        m_problems->setHint(HintLabel::Kind::Problem, m_found.problems.join(u'\n'));
        if (m_found.profiles.isEmpty())
            m_result->setHint(HintLabel::Kind::Note, tr("No profile in this file can be imported."));
        m_list->blockSignals(false);
        emit m_list->itemChanged(nullptr, 0); // enables Import when something is ticked
        emit loaded();
    });
}

void CloudMonkeyImportDialog::importChecked()
{
    QList<ImportedProfile> chosen;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            chosen.append(m_found.profiles.at(item->data(0, Qt::UserRole).toInt()));
    }
    if (chosen.isEmpty())
        return;
    m_import->setEnabled(false);
    m_busy->setRunning(true);
    m_todo = chosen;
    m_added.clear();
    m_failed.clear();
    importNext();
}

void CloudMonkeyImportDialog::importNext()
{
    // One after the other, so each name check sees the clouds added before it.
    if (m_todo.isEmpty()) {
        m_busy->setRunning(false);
        QStringList lines;
        if (!m_added.isEmpty())
            lines << tr("Added: %1. Select one on the Clouds page and choose Test Connection to check it.")
                         .arg(m_added.join(QStringLiteral(", ")));
        lines << m_failed;
        m_result->setHint(m_failed.isEmpty() ? HintLabel::Kind::Good : HintLabel::Kind::Problem, lines.join(u'\n'));
        // Imported rows are done: untick and disable them so a second click does not try them again.
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_list->topLevelItem(i);
            if (m_added.contains(item->text(0))) {
                item->setCheckState(0, Qt::Unchecked);
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            }
        }
        emit imported(int(m_added.size()));
        return;
    }
    const ImportedProfile profile = m_todo.takeFirst();
    m_clouds.addAccount(profile.account, profile.secret).then(this, [this, profile](const Result<CloudAccount>& added) {
        if (added)
            m_added << profile.account.name;
        else
            m_failed << added.error().message;
        importNext();
    });
}

} // namespace ct
