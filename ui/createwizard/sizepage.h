#pragma once

#include "specpage.h"

class QButtonGroup;
class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace ct {

/// Page 2: the size class in plain words with the numbers beside them; own numbers (vCPUs, memory, disk)
/// behind "Advanced".
class SizePage : public SpecPage
{
    Q_OBJECT

public:
    explicit SizePage(CreateWizard& wizard);

protected:
    void load(const spec::VmSpec& spec) override;
    void store(spec::VmSpec& spec) const override;

private:
    void updateAdvanced();

    QButtonGroup* m_group;
    QCheckBox* m_advanced;
    QWidget* m_customBox;
    QSpinBox* m_cpus;
    QDoubleSpinBox* m_memory;
    QSpinBox* m_disk;
};

} // namespace ct
