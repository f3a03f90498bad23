#pragma once

#include "specpage.h"

class QComboBox;

namespace ct {

/// Page 3: the operating system, family and version, from Catalog::supportedOs().
class OsPage : public SpecPage
{
    Q_OBJECT

public:
    explicit OsPage(CreateWizard& wizard);

    /// "Ubuntu", "Rocky Linux", ... for a family key.
    static QString familyName(const QString& family);

protected:
    void load(const spec::VmSpec& spec) override;
    void store(spec::VmSpec& spec) const override;

private:
    void fillVersions(const QString& family, const QString& preferred);

    QComboBox* m_family;
    QComboBox* m_version;
};

} // namespace ct
