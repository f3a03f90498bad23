#include "accesspage.h"

#include "createwizard.h"
#include "hintlabel.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

const QString kAnyone = QStringLiteral("0.0.0.0/0");
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

QString anyoneText() { return AccessPage::tr("Anyone"); }

/// The look of a cell whose value is wrong (a red frame), or the normal look.
void markProblem(QWidget* widget, const QString& message)
{
    if (!widget)
        return;
    const bool wrong = !message.isEmpty();
    if (widget->property("problem").toBool() == wrong && widget->toolTip() == message)
        return;
    widget->setProperty("problem", wrong);
    widget->setToolTip(message);
    widget->setStyleSheet(wrong ? QStringLiteral("border: 1px solid #c62828;") : QString());
}

} // namespace

std::optional<std::pair<int, int>> AccessPage::parsePorts(const QString& text)
{
    static const QRegularExpression single(QStringLiteral("^\\s*(\\d{1,9})\\s*$"));
    static const QRegularExpression range(QStringLiteral("^\\s*(\\d{1,9})\\s*[-–:]\\s*(\\d{1,9})\\s*$"));
    if (const QRegularExpressionMatch match = single.match(text); match.hasMatch()) {
        const int port = match.captured(1).toInt();
        return std::pair {port, port};
    }
    if (const QRegularExpressionMatch match = range.match(text); match.hasMatch())
        return std::pair {match.captured(1).toInt(), match.captured(2).toInt()};
    return std::nullopt;
}

AccessPage::AccessPage(CreateWizard& wizard)
    : SpecPage(wizard, tr("Who may reach the server, and how?"),
        tr("Only the services listed here are open; everything else is blocked by the clouds' firewalls and "
           "the VM's own."))
{
    setObjectName(QStringLiteral("accessPage"));

    auto* portsLabel = new QLabel(tr("Open &services:"), this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("portsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Port or range"), tr("Protocol"), tr("Who may connect")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProtocolColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The cells' own fields take the focus, one after the other with Tab; the table itself is skipped.
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAccessibleName(tr("Open services"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setMinimumHeight(
        m_table->verticalHeader()->defaultSectionSize() * 4 + m_table->horizontalHeader()->sizeHint().height() + 4);

    m_add = new QPushButton(tr("&Add service"), this);
    m_add->setObjectName(QStringLiteral("addPortButton"));
    auto* presets = new QMenu(m_add);
    presets->setObjectName(QStringLiteral("addPortMenu"));
    const QList<std::pair<QString, spec::PortRule>> known {
        {tr("Web (HTTP, port 80)"), {QStringLiteral("http"), QStringLiteral("tcp"), 80, 80, kAnyone}},
        {tr("Secure web (HTTPS, port 443)"), {QStringLiteral("https"), QStringLiteral("tcp"), 443, 443, kAnyone}},
        {tr("SSH (port 22)"), {QStringLiteral("ssh"), QStringLiteral("tcp"), 22, 22, kAnyone}},
        {tr("PostgreSQL (port 5432)"),
            {QStringLiteral("postgresql"), QStringLiteral("tcp"), 5432, 5432, QStringLiteral("10.0.0.0/8")}},
        {tr("MySQL or MariaDB (port 3306)"),
            {QStringLiteral("mysql"), QStringLiteral("tcp"), 3306, 3306, QStringLiteral("10.0.0.0/8")}},
        {tr("Ping (ICMP)"), {QStringLiteral("ping"), QStringLiteral("icmp"), 0, 0, kAnyone}},
    };
    for (const auto& [text, rule] : known) {
        QAction* action = presets->addAction(text);
        connect(action, &QAction::triggered, this, [this, rule = rule]() { addRule(rule); });
    }
    presets->addSeparator();
    QAction* other = presets->addAction(tr("Other service…"));
    other->setObjectName(QStringLiteral("addOtherPort"));
    connect(other, &QAction::triggered, this, [this]() {
        // A fresh name the person can keep or change.
        QStringList names;
        for (const spec::PortRule& rule : m_wizard.spec().ports)
            names << rule.name;
        QString name = QStringLiteral("service");
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("service%1").arg(n);
        addRule({name, QStringLiteral("tcp"), 0, 0, kAnyone});
    });
    // The menu pops up beside the button (QPushButton::setMenu would run it in a nested event loop).
    connect(m_add, &QPushButton::clicked, this, [this, presets]() {
        presets->popup(m_add->mapToGlobal(QPoint(0, m_add->height())));
        if (!presets->actions().isEmpty())
            presets->setActiveAction(presets->actions().first());
    });
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("&Remove service"), this);
    m_remove->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removePortButton"));
    connect(m_remove, &QPushButton::clicked, this, &AccessPage::removeCurrentRule);

    m_portsHint = makeHint("portsHint");
    auto* portsNote = new HintLabel(this);
    portsNote->setObjectName(QStringLiteral("portsNote"));
    portsNote->setHint(HintLabel::Kind::Note,
        tr("Who may connect: “Anyone”, or a network such as 203.0.113.0/24 (your office) or 10.0.0.0/8 (private "
           "addresses only)."));

    auto* portButtons = new QHBoxLayout;
    portButtons->addWidget(m_add);
    portButtons->addWidget(m_remove);
    portButtons->addStretch(1);

    auto* keyBox = new QGroupBox(tr("SSH key: how you sign in to the VMs"), this);
    m_generate = new QRadioButton(tr("&Create a new key for me (recommended)"), keyBox);
    m_generate->setObjectName(QStringLiteral("keyGenerate"));
    auto* generateNote = new HintLabel(keyBox);
    generateNote->setHint(HintLabel::Kind::Note,
        tr("CloudTwin makes an ed25519 key pair. The private key is kept with your cloud passwords (in the "
           "keychain or CloudTwin's encrypted file); only the public key goes to the clouds."));
    m_existing = new QRadioButton(tr("&Use my own public key:"), keyBox);
    m_existing->setObjectName(QStringLiteral("keyExisting"));
    auto* keyGroup = new QButtonGroup(this);
    keyGroup->addButton(m_generate);
    keyGroup->addButton(m_existing);
    m_keyText = new QPlainTextEdit(keyBox);
    m_keyText->setObjectName(QStringLiteral("publicKeyField"));
    m_keyText->setPlaceholderText(tr("ssh-ed25519 AAAA… you@laptop (the one line in your .pub file)"));
    m_keyText->setTabChangesFocus(true);
    m_keyText->setAccessibleName(tr("Public key"));
    m_keyText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_keyText->setFixedHeight(m_keyText->fontMetrics().lineSpacing() * 3 + 12);
    m_keyFile = new QPushButton(tr("Choose &file…"), keyBox);
    m_keyFile->setObjectName(QStringLiteral("publicKeyFileButton"));
    m_keyFile->setAutoDefault(false);
    m_keyHint = makeHint("publicKeyHint");
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    generateNote->setContentsMargins(indent, 0, 0, 0);
    auto* keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(indent, 0, 0, 0);
    keyRow->addWidget(m_keyText, 1);
    keyRow->addWidget(m_keyFile, 0, Qt::AlignTop);
    m_keyHint->setContentsMargins(indent, 0, 0, 0);
    auto* keyLayout = new QVBoxLayout(keyBox);
    keyLayout->setSpacing(4);
    keyLayout->addWidget(m_generate);
    keyLayout->addWidget(generateNote);
    keyLayout->addWidget(m_existing);
    keyLayout->addLayout(keyRow);
    keyLayout->addWidget(m_keyHint);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(portsLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_portsHint);
    layout->addLayout(portButtons);
    layout->addWidget(portsNote);
    layout->addSpacing(8);
    layout->addWidget(keyBox);

    own(QStringLiteral("ports"));
    bind(QStringLiteral("ssh_key"), m_keyHint, m_keyText);

    connect(keyGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (!checked)
            return;
        updateKeyMode();
        changed();
    });
    connect(m_keyText, &QPlainTextEdit::textChanged, this, [this]() {
        m_keyFileProblem.clear();
        changed();
    });
    connect(m_keyFile, &QPushButton::clicked, this, &AccessPage::chooseKeyFile);
    connect(m_table, &QTableWidget::currentCellChanged, this,
        [this]() { m_remove->setEnabled(m_table->currentRow() >= 0); });
    m_remove->setEnabled(false);
    m_portsLabel = portsLabel;
}

QWidget* AccessPage::cell(int row, Column column) const { return m_table->cellWidget(row, column); }

void AccessPage::addRow(const spec::PortRule& rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QLineEdit(rule.name);
    name->setObjectName(QStringLiteral("portName"));
    name->setAccessibleName(tr("Name of service %1").arg(row + 1));
    name->setFrame(false);
    auto* ports = new QLineEdit(rule.protocol == QLatin1String("icmp") ? QString()
            : rule.portMin == rule.portMax ? (rule.portMin > 0 ? QString::number(rule.portMin) : QString())
                                           : QStringLiteral("%1-%2").arg(rule.portMin).arg(rule.portMax));
    ports->setObjectName(QStringLiteral("portNumbers"));
    ports->setAccessibleName(tr("Port or range of service %1").arg(row + 1));
    ports->setPlaceholderText(tr("e.g. 8080 or 8000-8100"));
    ports->setFrame(false);
    auto* protocol = new QComboBox;
    protocol->setObjectName(QStringLiteral("portProtocol"));
    protocol->setAccessibleName(tr("Protocol of service %1").arg(row + 1));
    protocol->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    protocol->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    protocol->addItem(tr("ICMP (ping)"), QStringLiteral("icmp"));
    protocol->setCurrentIndex(qMax(0, protocol->findData(rule.protocol)));
    auto* source = new QComboBox;
    source->setObjectName(QStringLiteral("portSource"));
    source->setAccessibleName(tr("Who may connect to service %1").arg(row + 1));
    source->setEditable(true);
    source->setInsertPolicy(QComboBox::NoInsert);
    source->addItem(anyoneText(), kAnyone);
    source->addItem(tr("Private networks (10.0.0.0/8)"), QStringLiteral("10.0.0.0/8"));
    const int known = source->findData(rule.source);
    if (known >= 0)
        source->setCurrentIndex(known);
    else
        source->setEditText(rule.source);
    source->lineEdit()->setPlaceholderText(tr("Anyone, or e.g. 203.0.113.0/24"));
    m_table->setCellWidget(row, NameColumn, name);
    m_table->setCellWidget(row, PortColumn, ports);
    m_table->setCellWidget(row, ProtocolColumn, protocol);
    m_table->setCellWidget(row, SourceColumn, source);

    for (QWidget* widget : {static_cast<QWidget*>(name), static_cast<QWidget*>(ports), static_cast<QWidget*>(protocol),
             static_cast<QWidget*>(source)})
        widget->installEventFilter(this);
    source->lineEdit()->installEventFilter(this);
    connect(name, &QLineEdit::textChanged, this, &AccessPage::changed);
    connect(ports, &QLineEdit::textChanged, this, &AccessPage::changed);
    connect(protocol, &QComboBox::currentIndexChanged, this, [this, protocol]() {
        updateRowState(rowOf(protocol));
        changed();
    });
    connect(source, &QComboBox::currentTextChanged, this, &AccessPage::changed);
    updateRowState(row);
}

bool AccessPage::eventFilter(QObject* watched, QEvent* event)
{
    // A field of a row took the focus: that row is the one "Remove service" removes.
    if (event->type() == QEvent::FocusIn) {
        if (auto* widget = qobject_cast<QWidget*>(watched); widget) {
            const int row = rowOf(widget);
            if (row >= 0 && row != m_table->currentRow())
                m_table->setCurrentCell(row, 0);
        }
    }
    return SpecPage::eventFilter(watched, event);
}

int AccessPage::rowOf(const QWidget* widget) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            const QWidget* editor = m_table->cellWidget(row, column);
            if (editor && (editor == widget || editor->isAncestorOf(widget)))
                return row;
        }
    }
    return -1;
}

void AccessPage::updateRowState(int row)
{
    auto* protocol = qobject_cast<QComboBox*>(cell(row, ProtocolColumn));
    auto* ports = qobject_cast<QLineEdit*>(cell(row, PortColumn));
    if (!protocol || !ports)
        return;
    // ping has no ports.
    const bool icmp = protocol->currentData().toString() == QLatin1String("icmp");
    if (icmp)
        ports->clear();
    ports->setEnabled(!icmp);
    ports->setPlaceholderText(icmp ? tr("no ports") : tr("e.g. 8080 or 8000-8100"));
}

void AccessPage::updateTabOrder()
{
    // Rows are made after the rest of the page: chain them in reading order, then the buttons and the key.
    QWidget* previous = nullptr;
    auto chain = [&previous](QWidget* next) {
        if (!next)
            return;
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column)
            chain(cell(row, static_cast<Column>(column)));
    }
    // Alt+S goes to the first service's name, or to "Add service" when there is none.
    m_portsLabel->setBuddy(m_table->rowCount() > 0 ? cell(0, NameColumn) : m_add);
    chain(m_add);
    chain(m_remove);
    chain(m_generate);
    chain(m_existing);
    chain(m_keyText);
    chain(m_keyFile);
}

void AccessPage::addRule(const spec::PortRule& rule)
{
    addRow(rule);
    updateTabOrder();
    changed();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->scrollToBottom();
    // The preset's numbers are filled in: start with the field still to fill, if any.
    auto* ports = qobject_cast<QLineEdit*>(cell(row, PortColumn));
    if (ports && ports->isEnabled() && ports->text().isEmpty())
        ports->setFocus(Qt::OtherFocusReason);
    else if (QWidget* name = cell(row, NameColumn))
        name->setFocus(Qt::OtherFocusReason);
}

void AccessPage::removeCurrentRule()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    // The accessible names count rows from 1; renumber them.
    for (int r = row; r < m_table->rowCount(); ++r) {
        cell(r, NameColumn)->setAccessibleName(tr("Name of service %1").arg(r + 1));
        cell(r, PortColumn)->setAccessibleName(tr("Port or range of service %1").arg(r + 1));
        cell(r, ProtocolColumn)->setAccessibleName(tr("Protocol of service %1").arg(r + 1));
        cell(r, SourceColumn)->setAccessibleName(tr("Who may connect to service %1").arg(r + 1));
    }
    updateTabOrder();
    changed();
    if (m_table->rowCount() > 0) {
        const int next = qMin(row, m_table->rowCount() - 1);
        m_table->setCurrentCell(next, 0);
        cell(next, NameColumn)->setFocus(Qt::OtherFocusReason);
    } else {
        m_add->setFocus(Qt::OtherFocusReason);
    }
}

void AccessPage::updateKeyMode()
{
    const bool own = m_existing->isChecked();
    m_keyText->setEnabled(own);
    m_keyFile->setEnabled(own);
}

void AccessPage::chooseKeyFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose Your Public Key"));
    dialog->setObjectName(QStringLiteral("publicKeyFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Public keys (*.pub)"), tr("All files (*)")});
    const QString sshFolder = QDir::home().filePath(QStringLiteral(".ssh"));
    dialog->setDirectory(QFileInfo(sshFolder).isDir() ? sshFolder : QDir::homePath());
    // Hidden folders such as ~/.ssh must be reachable.
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AccessPage::loadKeyFile);
    dialog->open();
}

void AccessPage::loadKeyFile(const QString& path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    QString problem;
    QByteArray content;
    if (QFileInfo(path).size() > kMaxKeyFileBytes) {
        problem = tr("%1 is too big to be a public key. Choose the file ending in .pub.").arg(shown);
    } else if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("Could not read %1: %2.").arg(shown, file.errorString());
    } else {
        content = file.readAll();
        // Never copy a private key into the form (and from there into a spec or a screenshot).
        if (content.contains("PRIVATE KEY")) {
            problem = tr("%1 is a private key; keep it to yourself. Choose the public key next to it, %2.")
                          .arg(shown, QDir::toNativeSeparators(path + QStringLiteral(".pub")));
            content.clear();
        }
    }
    m_existing->setChecked(true);
    if (problem.isEmpty()) {
        m_keyText->setPlainText(QString::fromUtf8(content).trimmed());
    } else {
        m_keyText->clear();
        m_keyFileProblem = problem;
        changed();
    }
    m_keyText->setFocus(Qt::OtherFocusReason);
}

void AccessPage::load(const spec::VmSpec& spec)
{
    m_table->setRowCount(0);
    for (const spec::PortRule& rule : spec.ports)
        addRow(rule);
    updateTabOrder();
    m_remove->setEnabled(m_table->currentRow() >= 0);
    const bool own = spec.sshKey.mode == spec::SshKeySpec::Mode::Existing;
    (own ? m_existing : m_generate)->setChecked(true);
    if (m_keyText->toPlainText() != spec.sshKey.publicKey)
        m_keyText->setPlainText(spec.sshKey.publicKey);
    updateKeyMode();
}

void AccessPage::store(spec::VmSpec& spec) const
{
    spec.ports.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        spec::PortRule rule;
        rule.name = qobject_cast<QLineEdit*>(cell(row, NameColumn))->text().trimmed();
        rule.protocol = qobject_cast<QComboBox*>(cell(row, ProtocolColumn))->currentData().toString();
        if (rule.protocol == QLatin1String("icmp")) {
            rule.portMin = rule.portMax = 0;
        } else if (const auto ports = parsePorts(qobject_cast<QLineEdit*>(cell(row, PortColumn))->text())) {
            rule.portMin = ports->first;
            rule.portMax = ports->second;
        } else {
            rule.portMin = rule.portMax = 0;
        }
        auto* source = qobject_cast<QComboBox*>(cell(row, SourceColumn));
        const QString text = source->currentText().trimmed();
        const int known = source->findText(text);
        rule.source = known >= 0 ? source->itemData(known).toString() : text;
        if (text.compare(anyoneText(), Qt::CaseInsensitive) == 0)
            rule.source = kAnyone;
        spec.ports << rule;
    }
    spec.sshKey.mode = m_existing->isChecked() ? spec::SshKeySpec::Mode::Existing : spec::SshKeySpec::Mode::Generate;
    spec.sshKey.publicKey = m_existing->isChecked() ? m_keyText->toPlainText().trimmed() : QString();
}

QList<spec::FieldIssue> AccessPage::parseIssues() const
{
    QList<spec::FieldIssue> issues;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* ports = qobject_cast<QLineEdit*>(cell(row, PortColumn));
        if (!ports->isEnabled())
            continue;
        const QString path = QStringLiteral("ports[%1].port").arg(row);
        if (ports->text().trimmed().isEmpty())
            issues.append({path,
                tr("Enter the port the service listens on, such as 8080, or a range such as "
                   "8000-8100.")});
        else if (!parsePorts(ports->text()))
            issues.append({path,
                tr("“%1” is not a port: write a number such as 8080, or a range such as "
                   "8000-8100.")
                    .arg(ports->text().trimmed())});
    }
    if (!m_keyFileProblem.isEmpty())
        issues.append({QStringLiteral("ssh_key.public_key"), m_keyFileProblem});
    return issues;
}

void AccessPage::showIssues(const QList<spec::FieldIssue>& issues)
{
    SpecPage::showIssues(issues); // the key
    static const QRegularExpression indexed(QStringLiteral("^ports\\[(\\d+)\\](?:\\.(\\w+))?"));
    QHash<QWidget*, QStringList> cellMessages;
    QStringList lines;
    for (const spec::FieldIssue& issue : issues) {
        const QRegularExpressionMatch match = indexed.match(issue.field);
        if (!match.hasMatch()) {
            if (within(issue.field, QStringLiteral("ports")))
                lines << issue.message;
            continue;
        }
        const int row = match.captured(1).toInt();
        const QString part = match.captured(2);
        Column column = NameColumn;
        if (part == QLatin1String("port") || part == QLatin1String("from") || part == QLatin1String("to"))
            column = PortColumn;
        else if (part == QLatin1String("protocol"))
            column = ProtocolColumn;
        else if (part == QLatin1String("source"))
            column = SourceColumn;
        if (row < m_table->rowCount()) {
            // A problem of the whole rule marks its ports (the overlap rules are about them).
            cellMessages[cell(row, part.isEmpty() ? PortColumn : column)] << issue.message;
        }
        const auto* nameField = row < m_table->rowCount() ? qobject_cast<QLineEdit*>(cell(row, NameColumn)) : nullptr;
        const QString name
            = nameField && !nameField->text().trimmed().isEmpty() ? nameField->text().trimmed() : tr("unnamed");
        lines << tr("Service %1 (%2): %3").arg(row + 1).arg(name, issue.message);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            QWidget* editor = cell(row, static_cast<Column>(column));
            markProblem(editor, cellMessages.value(editor).join(u'\n'));
        }
    }
    if (lines.isEmpty() && m_table->rowCount() == 0) {
        m_portsHint->setHint(HintLabel::Kind::Note,
            tr("No service is open, so nobody can reach the server, not even you over SSH. Add SSH unless you "
               "mean it."));
        return;
    }
    m_portsHint->setHint(HintLabel::Kind::Problem, lines.join(u'\n'));
}

} // namespace ct
