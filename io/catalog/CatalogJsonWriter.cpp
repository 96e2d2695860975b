#include "CatalogJson.h"
#include "JsonResource.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace govcat::io {

CatalogJsonWriter::CatalogJsonWriter(CatalogWriteOptions options) : m_options(std::move(options)) {}

Result<void> CatalogJsonWriter::write(const QByteArray& bytes)
{
    if (m_file.write(bytes) != bytes.size()) {
        m_failed = true;
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogJsonWriter", "写入 %1 失败：%2")
                         .arg(m_file.fileName(), m_file.errorString())};
    }
    return {};
}

Result<void> CatalogJsonWriter::open(const QString& path)
{
    m_file.close();
    m_failed = false;
    m_count = 0;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogJsonWriter", "无法写入 %1：%2")
                         .arg(path, m_file.errorString())};
    }
    const QDateTime now = m_options.exportedAt.isValid() ? m_options.exportedAt : Clock::instance().nowUtc();
    const QByteArray at = now.toUTC().toString(Qt::ISODate).toUtf8();
    return write(QByteArray("{\"format\":\"") + kCatalogJsonFormat + "\",\"version\":" +
                 QByteArray::number(kCatalogJsonVersion) + ",\"exported_at\":\"" + at + "\",\"resources\":[");
}

Result<void> CatalogJsonWriter::add(const ResourceDraft& resource)
{
    if (!m_file.isOpen() || m_failed) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::CatalogJsonWriter", "JSON 文件没有打开。")};
    }
    return write((m_count++ > 0 ? ",\n" : "\n") + resourceJson(resource, m_options.legalBasisTitles));
}

Result<void> CatalogJsonWriter::finish()
{
    if (!m_file.isOpen() || m_failed) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::CatalogJsonWriter", "JSON 文件没有打开。")};
    }
    if (auto r = write("\n]}\n"); !r) {
        return r;
    }
    if (!m_file.flush()) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogJsonWriter", "写入 %1 失败：%2")
                         .arg(m_file.fileName(), m_file.errorString())};
    }
    m_file.close();
    return {};
}

} // namespace govcat::io
