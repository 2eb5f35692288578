#include "ProblemQuickAdd.h"

#include <QCoreApplication>
#include <QRegularExpression>

bool ProblemQuickAdd::parse(const QString& line, const QDate& today, Problem* problem,
                            QString* error)
{
    static const QRegularExpression duration(
        QStringLiteral(R"(^(?:(\d{1,2})h)?(?:(\d{1,3})m(?:in)?)?$)"));
    *problem = Problem();
    QStringList titleWords;
    const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        bool ok = false;
        if (word.startsWith(u'#') && word.size() > 1) {
            problem->topics.append(word.mid(1).replace(u'-', u' '));
            continue;
        }
        if (word.startsWith(u'@') && word.size() > 1) {
            problem->companies.append(word.mid(1).replace(u'-', u' '));
            continue;
        }
        if (word.size() == 2 && word[0] == u'*' && word[1] >= u'1' && word[1] <= u'5') {
            problem->confidence = word[1].digitValue();
            continue;
        }
        if (word.startsWith(QLatin1String("https://")) ||
            word.startsWith(QLatin1String("http://"))) {
            problem->link = word;
            continue;
        }
        const Problem::Difficulty d = Problem::difficultyFromKey(word, &ok);
        if (ok) {
            problem->difficulty = d;
            continue;
        }
        const Problem::Status s = Problem::statusFromKey(word, &ok);
        if (ok) {
            problem->status = s;
            continue;
        }
        const auto m = duration.match(word.toLower());
        if (m.hasMatch() && (m.capturedLength(1) > 0 || m.capturedLength(2) > 0)) {
            problem->minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
            continue;
        }
        titleWords.append(word);
    }
    problem->title = titleWords.join(u' ');
    if (problem->title.isEmpty()) {
        *error = QCoreApplication::translate("ProblemQuickAdd",
                                             "Type the problem's title, for example: two sum "
                                             "#arrays easy 25m solved");
        return false;
    }
    // A title typed in lower case reads better capitalised, as catalogues write it.
    if (problem->title == problem->title.toLower()) {
        QStringList capitalised;
        for (QString w : titleWords) {
            w[0] = w[0].toUpper();
            capitalised.append(w);
        }
        problem->title = capitalised.join(u' ');
    }
    const QString linkSlug = Problem::slugFromLink(problem->link);
    problem->slug = linkSlug.isEmpty() ? Problem::slugify(problem->title) : linkSlug;
    if (problem->status == Problem::Status::Solved)
        problem->solvedOn = today;
    if (problem->minutes > 0 && problem->status == Problem::Status::Todo)
        problem->status = Problem::Status::Attempted;
    return true;
}
