#include "outputcapture.h"

#include "command.h"

namespace mlwb::cli {

OutputCapture::OutputCapture(std::FILE *terminal, LineHandler onLine)
    : m_terminal(terminal)
    , m_onLine(std::move(onLine)) {}

Status OutputCapture::open() {
    if (!m_file.open())
        return fail(tr("capture the output of the command"), m_file.errorString(),
                    tr("check free space in the temporary folder"));
    return {};
}

void OutputCapture::feed(const QByteArray &data) {
    if (data.isEmpty())
        return;
    std::fwrite(data.constData(), 1, size_t(data.size()), m_terminal);
    std::fflush(m_terminal);
    m_file.write(data);
    m_size += data.size();
    if (!m_onLine)
        return;
    m_partial += data;
    qsizetype start = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
        m_onLine(QString::fromUtf8(m_partial.constData() + start, nl - start));
        start = nl + 1;
    }
    m_partial.remove(0, start);
}

void OutputCapture::finish() {
    if (m_onLine && !m_partial.isEmpty())
        m_onLine(QString::fromUtf8(m_partial));
    m_partial.clear();
    m_file.flush();
}

} // namespace mlwb::cli
