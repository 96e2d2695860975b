#pragma once

#include <cstddef>

namespace govcat::db {

// A fixed-size buffer for key material: sodium_malloc'ed (guard pages, mlock'ed where allowed),
// wiped with sodium_memzero and freed on destruction. Not copyable.
class SecureBytes
{
public:
    explicit SecureBytes(size_t size);
    ~SecureBytes();
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    size_t size() const { return m_size; }
    bool isNull() const { return m_data == nullptr; }
    void wipe(); // zeroes the bytes, keeps the buffer

    // A locked copy of size bytes at data (none for size 0).
    static SecureBytes copyOf(const void* data, size_t size);

    // Ensures libsodium is initialised; safe to call often.
    static void initSodium();

private:
    void release();

    unsigned char* m_data = nullptr;
    size_t m_size = 0;
};

} // namespace govcat::db
