#pragma once

#include "cloud/types.h"
#include "specpage.h"

#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;

namespace ct {

class BusyIndicator;

/// Page 7: the VM's name, the main cloud and the twin cloud (two different accounts), whether the VMs get a
/// public address, and under "Advanced" the exact flavor, image, network and zone of each side, listed from
/// the clouds while the page waits (never blocking) and preset with what CloudTwin would choose.
class PlacementPage : public SpecPage
{
    Q_OBJECT

public:
    explicit PlacementPage(CreateWizard& wizard);

    /// True while a cloud's lists for the Advanced choices are being fetched.
    bool isListing() const;

protected:
    void load(const spec::VmSpec& spec) override;
    void store(spec::VmSpec& spec) const override;
    /// The spec's problems first; where a side has none, what listing its cloud found (see showListNote).
    void showIssues(const QList<spec::FieldIssue>& issues) override;

private:
    /// What one cloud offers, for the Advanced choices.
    struct Offer
    {
        QList<Flavor> flavors;
        QList<Image> images;
        QList<Network> networks;
        QList<AvailabilityZone> zones;
        QString error; ///< why the lists could not be read
        QString zoneError; ///< why the zones could not be read (the other lists may still be there)
    };
    /// The widgets of one side (main or twin).
    struct Side
    {
        QComboBox* cloud = nullptr;
        HintLabel* cloudHint = nullptr;
        QGroupBox* box = nullptr;
        QComboBox* flavor = nullptr;
        QComboBox* image = nullptr;
        QComboBox* network = nullptr;
        QComboBox* zone = nullptr;
        BusyIndicator* busy = nullptr;
        HintLabel* listHint = nullptr;
        QString listedAccount; ///< the account whose lists fill the combo boxes
        /// What listing the cloud found ("asking…", a failure), shown under the box while the spec has no
        /// problem to show there.
        QString listText;
        bool listIsProblem = false;
    };
    Side makeSide(const QString& role, const char* prefix);
    void fillClouds();
    void updateAdvanced();
    void listOffer(Side& side);
    void fillOffer(Side& side, const Offer& offer, const spec::Placement& keep);
    void setListText(Side& side, bool problem, const QString& text);
    /// listText, else a warning when the zone chosen is one the cloud reports as unavailable.
    void showListNote(Side& side);
    void updateSuggestions();
    void updateNameNote();
    QString accountId(const Side& side) const;
    QString suggestedName() const;

    QLineEdit* m_name;
    HintLabel* m_nameHint;
    HintLabel* m_nameNote;
    Side m_main;
    Side m_twin;
    QCheckBox* m_publicIp;
    QCheckBox* m_advanced;
    QHash<QString, Offer> m_offers; ///< by account id, for this wizard
    QSet<QString> m_loading; ///< account ids being listed
};

} // namespace ct
