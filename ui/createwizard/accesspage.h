#pragma once

#include "specpage.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace ct {

/// Page 5: the services to open (a table: name, port or range, protocol, who may connect — "Anyone" or a
/// network in CIDR notation) and the SSH key (a new ed25519 key made by CloudTwin, or the person's own public
/// key, pasted or read from a .pub file).
class AccessPage : public SpecPage
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PortColumn,
        ProtocolColumn,
        SourceColumn,
        ColumnCount
    };

    explicit AccessPage(CreateWizard& wizard);

    QTableWidget* table() const { return m_table; }
    /// The editor of one cell (QLineEdit for name and port, QComboBox for protocol and source).
    QWidget* cell(int row, Column column) const;
    /// Adds a rule (the presets' defaults, or an empty one to fill in) and focuses its first empty field.
    void addRule(const spec::PortRule& rule);
    void removeCurrentRule();
    /// Reads a public key file into the key field (the "Choose file…" button's dialog ends here).
    void loadKeyFile(const QString& path);

    /// "80" → 80–80, "8000-8100" → 8000–8100; nullopt for anything else.
    static std::optional<std::pair<int, int>> parsePorts(const QString& text);

protected:
    void load(const spec::VmSpec& spec) override;
    void store(spec::VmSpec& spec) const override;
    QList<spec::FieldIssue> parseIssues() const override;
    void showIssues(const QList<spec::FieldIssue>& issues) override;

private:
    void addRow(const spec::PortRule& rule);
    void updateRowState(int row);
    void updateTabOrder();
    void updateKeyMode();
    int rowOf(const QWidget* widget) const;
    void chooseKeyFile();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QLabel* m_portsLabel;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    HintLabel* m_portsHint;
    QRadioButton* m_generate;
    QRadioButton* m_existing;
    QPlainTextEdit* m_keyText;
    QPushButton* m_keyFile;
    HintLabel* m_keyHint;
    QString m_keyFileProblem;
};

} // namespace ct
