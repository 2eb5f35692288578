// libFuzzer target: the NeetCode JSON catalogue reader on arbitrary bytes.

#include "core/dsa/CatalogueReader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    CatalogueReader::read(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
