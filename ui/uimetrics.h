#pragma once

#include <QFontMetrics>
#include <QString>

namespace ct {

/// The width of `count` average Latin letters in the font of `metrics`, for sizing dialogs and text columns.
/// (QFontMetrics::averageCharWidth() is about twice as wide with CJK fonts, which made the Korean dialogs
/// stretch across the screen.)
inline int latinCharsWidth(const QFontMetrics& metrics, int count)
{
    const QString sample = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    return metrics.horizontalAdvance(sample) * count / static_cast<int>(sample.size());
}

} // namespace ct
