#pragma once

// The elements, attributes and text of worksheet XML as lines of text, read by XmlScanner and by
// QXmlStreamReader, so that tests/io/tst_xmlscanner.cpp and tests/fuzz/fuzz_xlsx.cpp can compare the
// two; and a device that gives its data in small reads.
#include "io/xlsx/XmlScanner.h"

#include <QByteArrayList>
#include <QIODevice>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>

namespace govcat::io::testing {

// Gives its data at most `step` bytes per read.
class Trickle : public QIODevice
{
public:
    Trickle(QByteArray data, qsizetype step) : m_data(std::move(data)), m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 reads = 0;

protected:
    qint64 readData(char* out, qint64 maxSize) override
    {
        ++reads;
        const qint64 n = std::min<qint64>({maxSize, m_step, m_data.size() - m_pos});
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_step;
    qsizetype m_pos = 0;
};

inline const QList<QByteArray> kAttributes{"r", "t", "s", "ref"};
inline const QList<QByteArray> kTextElements{"v", "t", "f"};

// Elements (local names), the attributes above and the text of v, t and f, one event per line.
inline QByteArrayList scan(QIODevice& device, QString* error = nullptr, qsizetype chunk = 256 * 1024)
{
    QByteArrayList events;
    XmlScanner xml(device, 1024 * 1024, chunk);
    for (;;) {
        const auto token = xml.next();
        if (token == XmlScanner::Token::EndDocument) {
            return events;
        }
        if (token == XmlScanner::Token::Invalid) {
            if (error) {
                *error = xml.errorString();
            }
            events.append("error");
            return events;
        }
        const QByteArray name = xml.name().toByteArray();
        if (token == XmlScanner::Token::EndElement) {
            events.append("/" + name);
            continue;
        }
        QByteArray line = name;
        for (const QByteArray& attribute : kAttributes) {
            const QByteArrayView value = xml.attribute(attribute);
            if (!value.isNull()) {
                line += " " + attribute + "=" + value.toByteArray();
            }
        }
        events.append(line);
        if (kTextElements.contains(name)) {
            QByteArray text;
            if (!xml.readText(&text)) {
                events.append("error");
                return events;
            }
            events.append("text " + text);
            events.append("/" + name);
        }
    }
}

inline QByteArrayList scan(const QByteArray& data, qsizetype step = 1 << 30, QString* error = nullptr)
{
    Trickle device(data, step); // reads of at most step bytes into a buffer of step bytes to start with
    return scan(device, error, std::min<qsizetype>(step, 256 * 1024));
}

// The same events from QXmlStreamReader.
inline QByteArrayList reference(const QByteArray& data)
{
    QByteArrayList events;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            events.append("/" + xml.name().toUtf8());
        } else if (token == QXmlStreamReader::StartElement) {
            const QByteArray name = xml.name().toUtf8();
            QByteArray line = name;
            for (const QByteArray& attribute : kAttributes) {
                const QString key = QString::fromLatin1(attribute);
                if (xml.attributes().hasAttribute(key)) {
                    line += " " + attribute + "=" + xml.attributes().value(key).toUtf8();
                }
            }
            events.append(line);
            if (kTextElements.contains(name)) {
                events.append("text " + xml.readElementText(QXmlStreamReader::IncludeChildElements).toUtf8());
                events.append("/" + name);
            }
        }
    }
    if (xml.hasError()) {
        events.append("error");
    }
    return events;
}

} // namespace govcat::io::testing
