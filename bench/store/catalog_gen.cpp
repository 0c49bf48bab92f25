// Writes a synthetic catalog CSV for import benchmarks:
//   lane_catalog_gen ITEMS FILE.csv
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "bench/store/catalogcsvgen.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: lane_catalog_gen ITEMS FILE.csv\n";
        return 2;
    }
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    lane::bench::writeSyntheticCatalog(out, std::atoll(argv[1]));
    return out ? 0 : 1;
}
