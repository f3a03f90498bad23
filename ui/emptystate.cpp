#include "emptystate.h"

#include "hintlabel.h"
#include "uimetrics.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ct {

EmptyState::EmptyState(const QIcon& icon, const QString& title, const QString& body, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_body(new HintLabel(this))
{
    const int iconSide = fontMetrics().height() * 4;
    m_icon->setPixmap(icon.pixmap(iconSide, iconSide, QIcon::Disabled));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setTextFormat(Qt::PlainText);

    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setHint(HintLabel::Kind::Note, body);
    m_body->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_body->setTextInteractionFlags(Qt::NoTextInteraction);

    // A column of readable line length in the middle of the page; the body label sizes itself to its text.
    auto* column = new QWidget(this);
    column->setFixedWidth(latinCharsWidth(fontMetrics(), 60));
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_icon);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_body);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setTitle(const QString& title) { m_title->setText(title); }

void EmptyState::setBody(const QString& body) { m_body->setText(body); }

QString EmptyState::title() const { return m_title->text(); }

QString EmptyState::body() const { return m_body->text(); }

} // namespace ct
