#include "db/driver/SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace govcat::db {

void SecureBytes::initSodium()
{
    if (sodium_init() < 0) {
        throw std::bad_alloc(); // libsodium could not initialise: no safe randomness, nothing can work
    }
}

SecureBytes::SecureBytes(size_t size) : m_size(size)
{
    initSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(size == 0 ? 1 : size));
    if (!m_data) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size);
}

SecureBytes SecureBytes::copyOf(const void* data, size_t size)
{
    SecureBytes copy(size);
    if (size > 0) {
        std::memcpy(copy.m_data, data, size);
    }
    return copy;
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::wipe()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
    }
}

void SecureBytes::release()
{
    if (m_data) {
        sodium_free(m_data); // sodium_free wipes before freeing
        m_data = nullptr;
        m_size = 0;
    }
}

} // namespace govcat::db
