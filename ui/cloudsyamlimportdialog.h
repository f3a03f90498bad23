#pragma once

#include "cloud/openstack/cloudsyaml.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ct {

class BusyIndicator;
class CloudContext;
class HintLabel;

/// Imports clouds from an OpenStack clouds.yaml (+ secure.yaml): shows the clouds found with checkboxes,
/// keeps their names, says which need a password, and adds the checked ones. The file is read off the GUI
/// thread.
class CloudsYamlImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloudsYamlImportDialog(CloudContext& clouds, QWidget* parent = nullptr);

    /// Reads `file` and lists its clouds.
    void load(const QString& file);
    /// The standard location: the first clouds.yaml openstacksdk would use, else ~/.config/openstack/clouds.yaml.
    static QString defaultFile();

signals:
    void loaded();
    /// Importing finished; `added` clouds were stored.
    void imported(int added);

private:
    void importChecked();
    void importNext();
    void choose();

    CloudContext& m_clouds;
    openstack::CloudsYamlImport m_found;
    QList<openstack::ImportedCloud> m_todo;
    QStringList m_added;
    QStringList m_needSecret;
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
