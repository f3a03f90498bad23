#pragma once

#include "specpage.h"

class QButtonGroup;

namespace ct {

/// Page 1: what the server is for. Choosing a purpose fills in the Catalog's beginner answers for the size,
/// the software and the ports on the later pages (the person can change each of them there).
class PurposePage : public SpecPage
{
    Q_OBJECT

public:
    explicit PurposePage(CreateWizard& wizard);

    /// Chooses a purpose as a click would (and so applies its defaults).
    void choose(spec::Purpose purpose);

protected:
    void load(const spec::VmSpec& spec) override;
    void store(spec::VmSpec& spec) const override;

private:
    void updateCloudsWarning();

    QButtonGroup* m_group;
    HintLabel* m_cloudsWarning;
};

/// What a purpose preselects, in one line: "Small size · nginx web server · opens ssh (22/tcp), …".
QString purposeDefaultsText(spec::Purpose purpose);
/// "ssh (22/tcp)", "web (8000–8100/tcp)", "ping (icmp)".
QString portRuleText(const spec::PortRule& rule);

} // namespace ct
