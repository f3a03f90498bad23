#pragma once

#include "cloud/cloudmonkey/cloudmonkeyconfig.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ct {

class BusyIndicator;
class CloudContext;
class HintLabel;

/// Imports CloudStack clouds from a CloudMonkey (cmk) config: shows the profiles found with checkboxes, keeps
/// their names and adds the checked ones with their secret key or password. The file is read off the GUI
/// thread.
class CloudMonkeyImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloudMonkeyImportDialog(CloudContext& clouds, QWidget* parent = nullptr);

    /// Reads `file` and lists its profiles.
    void load(const QString& file);

signals:
    void loaded();
    /// Importing finished; `added` clouds were stored.
    void imported(int added);

private:
    void importChecked();
    void importNext();
    void choose();

    CloudContext& m_clouds;
    cloudmonkey::CloudMonkeyImport m_found;
    QList<cloudmonkey::ImportedProfile> m_todo;
    QStringList m_added;
    QStringList m_failed;

    QLineEdit* m_file;
    QTreeWidget* m_list;
    HintLabel* m_problems;
    HintLabel* m_result;
    BusyIndicator* m_busy;
    QPushButton* m_import;
    int m_loadGeneration = 0;
};

} // namespace ct
