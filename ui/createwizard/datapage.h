#pragma once

#include "specpage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ct {

/// Page 6: the data disk and the protection wishes: how much recent work may be lost (RPO) and how long the
/// server may be unreachable (RTO). The wishes are stored with the pair now; protection uses them later.
class DataPage : public SpecPage
{
    Q_OBJECT

public:
    explicit DataPage(CreateWizard& wizard);

protected:
    void load(const spec::VmSpec& spec) override;
    void store(spec::VmSpec& spec) const override;

private:
    /// A choice of durations plus "Other…", which shows a minutes field.
    struct Minutes
    {
        QComboBox* choice = nullptr;
        QSpinBox* other = nullptr;
        void set(int minutes) const;
        int value() const;
    };
    Minutes makeMinutes(const char* name);
    void updateEnabled();

    QSpinBox* m_diskSize;
    QLineEdit* m_mount;
    Minutes m_dataLoss;
    Minutes m_downtime;
};

} // namespace ct
