#include "system.h"
#include <stdio.h>
int main(void) { setlocale(LC_ALL, ""); puts("gloss"); return 0; }
