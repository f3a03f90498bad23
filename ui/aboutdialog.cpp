#include "aboutdialog.h"

#include "uimetrics.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ct {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CloudTwin"));

    auto* icon = new QLabel(this);
    const int iconSide = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/cloudtwin.svg")).pixmap(iconSide, iconSide));

    auto* name = new QLabel(tr("CloudTwin"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto* version = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* description = new QLabel(tr("Keeps a main VM on one cloud and a twin backup VM on another, across "
                                      "open-source clouds such as OpenStack and CloudStack."),
        this);
    description->setWordWrap(true);
    auto* license = new QLabel(tr("License: GPL-3.0-or-later"), this);
    license->setObjectName(QStringLiteral("licenseLabel"));
    auto* qt = new QLabel(
        tr("Built with Qt %1, running on Qt %2.").arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())), this);
    qt->setObjectName(QStringLiteral("qtLabel"));
    qt->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(description);
    text->addSpacing(6);
    text->addWidget(license);
    text->addWidget(qt);

    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(latinCharsWidth(fontMetrics(), 60));
}

} // namespace ct
