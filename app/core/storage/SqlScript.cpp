#include "SqlScript.h"

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    enum class State
    {
        Code,
        Single,
        Double,
        LineComment,
        BlockComment
    } state = State::Code;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'\'') {
                state = State::Single;
            } else if (c == u'"') {
                state = State::Double;
            } else if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
                continue;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
                continue;
            } else if (c == u';') {
                const QString trimmed = current.trimmed();
                if (!trimmed.isEmpty())
                    statements.append(trimmed);
                current.clear();
                continue;
            }
            current.append(c);
            break;
        case State::Single:
            current.append(c);
            if (c == u'\'')
                state = State::Code; // a doubled '' re-enters Single on the next char
            break;
        case State::Double:
            current.append(c);
            if (c == u'"')
                state = State::Code;
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Code;
                current.append(c);
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
            }
            break;
        }
    }
    const QString trimmed = current.trimmed();
    if (!trimmed.isEmpty())
        statements.append(trimmed);
    return statements;
}
