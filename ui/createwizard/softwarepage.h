#pragma once

#include "specpage.h"

#include <QHash>

class QCheckBox;

namespace ct {

/// Page 4: the software bundles cloud-init installs, as check boxes grouped by kind.
class SoftwarePage : public SpecPage
{
    Q_OBJECT

public:
    explicit SoftwarePage(CreateWizard& wizard);

    QCheckBox* checkBox(spec::Bundle bundle) const { return m_boxes.value(bundle); }

protected:
    void load(const spec::VmSpec& spec) override;
    void store(spec::VmSpec& spec) const override;
    void showIssues(const QList<spec::FieldIssue>& issues) override;

private:
    QHash<spec::Bundle, QCheckBox*> m_boxes;
    QHash<spec::Bundle, HintLabel*> m_hints;
    QList<spec::Bundle> m_order;
};

} // namespace ct
