#include "HtmlEntities.h"

#include <QHash>

QString HtmlEntities::decode(const QString& entity)
{
    if (entity.startsWith(QLatin1String("&#"))) {
        bool ok = false;
        const QStringView digits = QStringView(entity).mid(2, entity.size() - 3);
        const uint code = digits.startsWith(u'x') || digits.startsWith(u'X')
                              ? digits.mid(1).toUInt(&ok, 16)
                              : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF)
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        return QString(QChar::ReplacementCharacter);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&nbsp;"), QString(QChar(0xA0))},
        {QStringLiteral("&mdash;"), QString(QChar(0x2014))},
        {QStringLiteral("&ndash;"), QString(QChar(0x2013))},
        {QStringLiteral("&hellip;"), QString(QChar(0x2026))},
        {QStringLiteral("&rarr;"), QString(QChar(0x2192))},
        {QStringLiteral("&copy;"), QString(QChar(0xA9))},
    };
    return named.value(entity, entity);
}
