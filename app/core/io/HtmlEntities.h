#pragma once

#include <QString>

// HTML entities as md4c reports them ("&amp;", "&#x2014;"), for plain-text titles.
// Markdown notes keep the entity as written; only text shown outside Markdown is decoded.
class HtmlEntities
{
public:
    // The character `entity` names: numeric references, and the named ones plans use.
    // A bad number becomes U+FFFD; an unknown name is returned as it is.
    static QString decode(const QString& entity);
};
