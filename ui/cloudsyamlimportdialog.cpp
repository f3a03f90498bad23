#include "cloudsyamlimportdialog.h"

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

using openstack::CloudsYaml;
using openstack::CloudsYamlImport;
using openstack::ImportedCloud;

CloudsYamlImportDialog::CloudsYamlImportDialog(CloudContext& clouds, QWidget* parent)
    : QDialog(parent)
    , m_clouds(clouds)
{
    setObjectName(QStringLiteral("cloudsYamlImportDialog"));
    setWindowTitle(tr("Import from clouds.yaml"));

    auto* intro = new HintLabel(this);
    intro->setHint(HintLabel::Kind::Plain,
        tr("CloudTwin reads the clouds.yaml used by the openstack command (and secure.yaml next to it). Tick "
           "the clouds to add; their names are kept."));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileField"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* read = new QPushButton(tr("&Read"), this);
    read->setObjectName(QStringLiteral("readButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(read);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Cloud"), tr("Auth URL and project"), tr("Notes")});
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
    resize(latinCharsWidth(fontMetrics(), 100), fontMetrics().height() * 24);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &CloudsYamlImportDialog::choose);
    connect(read, &QPushButton::clicked, this, [this]() { load(m_file->text()); });
    connect(m_file, &QLineEdit::returnPressed, this, [this]() { load(m_file->text()); });
    connect(m_import, &QPushButton::clicked, this, &CloudsYamlImportDialog::importChecked);
    connect(m_list, &QTreeWidget::itemChanged, this, [this]() {
        bool any = false;
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            any = any || m_list->topLevelItem(i)->checkState(0) == Qt::Checked;
        m_import->setEnabled(any);
    });

    m_file->setText(QDir::toNativeSeparators(defaultFile()));
    if (QFileInfo::exists(defaultFile()))
        load(defaultFile());
}

QString CloudsYamlImportDialog::defaultFile()
{
    for (const QString& path : CloudsYaml::searchPaths(CloudsYaml::Environment::system())) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return QDir::homePath() + QStringLiteral("/.config/openstack/clouds.yaml");
}

void CloudsYamlImportDialog::choose()
{
    auto* dialog = new QFileDialog(this, tr("Choose clouds.yaml"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("OpenStack client configuration (*.yaml *.yml)"), tr("All files (*)")});
    dialog->selectFile(m_file->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_file->setText(QDir::toNativeSeparators(file));
        load(file);
    });
    dialog->open();
}

void CloudsYamlImportDialog::load(const QString& file)
{
    m_list->clear();
    m_problems->setHint(HintLabel::Kind::Note, {});
    m_result->setHint(HintLabel::Kind::Note, {});
    m_import->setEnabled(false);
    m_busy->setRunning(true);
    const QString path = QDir::fromNativeSeparators(file.trimmed());
    // A newer load (another file picked while this one was read) wins; a stale result is dropped.
    const int generation = ++m_loadGeneration;
    QtConcurrent::run([path]() {
        return CloudsYaml::load(path);
    }).then(this, [this, path, generation](const Result<CloudsYamlImport>& found) {
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
        for (int i = 0; i < m_found.clouds.size(); ++i) {
            const ImportedCloud& cloud = m_found.clouds.at(i);
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, cloud.account.name);
            item->setData(0, Qt::UserRole, i);
            QString where = cloud.account.authUrl;
            if (!cloud.account.projectName.isEmpty())
                where += tr(" — project %1").arg(cloud.account.projectName);
            item->setText(1, where);
            QStringList notes = cloud.notes;
            const bool taken = std::any_of(existing.cbegin(), existing.cend(),
                [&](const CloudAccount& a) { return a.name == cloud.account.name; });
            if (taken)
                notes.prepend(tr("You already have a cloud with this name."));
            else if (cloud.needsSecret())
                notes.prepend(tr("Needs a password: enter it with Edit… after importing."));
            item->setText(2, notes.join(QStringLiteral(" ")));
            item->setToolTip(2, notes.join(u'\n'));
            item->setFlags(taken ? (item->flags() & ~Qt::ItemIsEnabled) : (item->flags() | Qt::ItemIsUserCheckable));
            item->setCheckState(0, taken ? Qt::Unchecked : Qt::Checked);
        }
        for (int column = 0; column < 2; ++column)
            m_list->resizeColumnToContents(column);
        m_problems->setHint(HintLabel::Kind::Problem, m_found.problems.join(u'\n'));
        if (m_found.clouds.isEmpty())
            m_result->setHint(HintLabel::Kind::Note, tr("No clouds were found in %1.").arg(path));
        m_list->blockSignals(false);
        emit m_list->itemChanged(nullptr, 0); // enables Import when something is ticked
        emit loaded();
    });
}

void CloudsYamlImportDialog::importChecked()
{
    QList<ImportedCloud> chosen;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            chosen.append(m_found.clouds.at(item->data(0, Qt::UserRole).toInt()));
    }
    if (chosen.isEmpty())
        return;
    m_import->setEnabled(false);
    m_busy->setRunning(true);
    m_todo = chosen;
    m_added.clear();
    m_needSecret.clear();
    m_failed.clear();
    importNext();
}

void CloudsYamlImportDialog::importNext()
{
    // One after the other, so each name check sees the clouds added before it.
    if (m_todo.isEmpty()) {
        m_busy->setRunning(false);
        QStringList lines;
        if (!m_added.isEmpty())
            lines << tr("Added: %1.").arg(m_added.join(QStringLiteral(", ")));
        if (!m_needSecret.isEmpty())
            lines << tr("These need a password before CloudTwin can reach them (select them on the Clouds page "
                        "and choose Edit…): %1.")
                         .arg(m_needSecret.join(QStringLiteral(", ")));
        lines << m_failed;
        m_result->setHint(m_failed.isEmpty() ? HintLabel::Kind::Good : HintLabel::Kind::Problem, lines.join(u'\n'));
        emit imported(int(m_added.size()));
        return;
    }
    const ImportedCloud cloud = m_todo.takeFirst();
    m_clouds.addAccount(cloud.account, cloud.secret).then(this, [this, cloud](const Result<CloudAccount>& added) {
        if (added) {
            m_added << cloud.account.name;
            if (cloud.needsSecret())
                m_needSecret << cloud.account.name;
        } else {
            m_failed << added.error().message;
        }
        importNext();
    });
}

} // namespace ct
