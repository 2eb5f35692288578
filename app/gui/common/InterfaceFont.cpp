#include "InterfaceFont.h"

#include <QApplication>
#include <QFont>

void InterfaceFont::apply(QApplication& app)
{
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    app.setFont(font);
}
