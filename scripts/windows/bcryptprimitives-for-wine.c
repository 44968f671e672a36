/* FOR TESTS UNDER WINE ONLY. NEVER SHIPPED.
 *
 * Rust's standard library imports ProcessPrng from bcryptprimitives.dll,
 * which every Windows 10 and 11 has and Wine 8 (Debian 12) lacks: without
 * it the .exe does not start under Wine at all. scripts/windows-check.sh
 * builds this stand-in with mingw into the throwaway Wine prefix it makes,
 * never into anything packaged. It fills the buffer from RtlGenRandom
 * (SystemFunction036 in advapi32), which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
