// The Korean translation must be complete for everything CloudTwin shows, and the English file must carry
// the plural forms (numerus) that the sources ask for. Checks the committed .ts files.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool empty = true;
};

QList<Entry> readTs(const QString& path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Entry {context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.empty = text.trimmed().isEmpty();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                entries << current;
            }
        }
    }
    return entries;
}

TEST(Translations, KoreanIsComplete)
{
    const auto entries = readTs(QStringLiteral(TRANSLATIONS_DIR "/cloudtwin_ko.ts"));
    ASSERT_GT(entries.size(), 50);
    QStringList missing;
    for (const Entry& e : entries) {
        if (e.unfinished || e.empty)
            missing << e.context + QStringLiteral(": ") + e.source;
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated, e.g.:\n"
                                   << missing.mid(0, 15).join(QLatin1Char('\n')).toStdString();
}

TEST(Translations, KoreanKeepsEveryPlaceholder)
{
    QFile file(QStringLiteral(TRANSLATIONS_DIR "/cloudtwin_ko.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList problems;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QSet<QString> want;
            QSet<QString> have;
            for (auto it = placeholder.globalMatch(source); it.hasNext();)
                want << it.next().captured(0);
            for (auto it = placeholder.globalMatch(translation); it.hasNext();)
                have << it.next().captured(0);
            if (!translation.isEmpty() && want != have)
                problems << source;
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Translations, EnglishHasEveryPluralForm)
{
    const auto entries = readTs(QStringLiteral(TRANSLATIONS_DIR "/cloudtwin_en.ts"));
    QStringList missing;
    for (const Entry& e : entries) {
        if (e.numerus && (e.unfinished || e.empty))
            missing << e.source;
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
}

} // namespace
