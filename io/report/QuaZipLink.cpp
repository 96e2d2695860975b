#include "QuaZipLink.h"

#include <quazip.h>

namespace govcat::io {

void linkQuaZip()
{
    static_cast<void>(QuaZip::getDefaultOsCode());
}

} // namespace govcat::io
