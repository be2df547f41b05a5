/* The general-vocabulary table, built from dict.txt at build time by
   lib/tools/build_general_dict.cc, embedded as read-only data (no file is
   read at run time). lib/CMakeLists.txt defines the table's path
   (CPPCC_GENERAL_DICT_TABLE) and the dictionary it came from
   (CPPCC_GENERAL_DICT_SOURCE), and re-assembles this file when the table
   changes. The table may be empty (no dictionary at build time). */
#if defined(__APPLE__)
#define CPPCC_SYM(name) _##name
        .const
#else
#define CPPCC_SYM(name) name
        .section .rodata.cppcc_general_dict, "a"
#endif

        /* Lexicon::from_bytes reads 64- and 32-bit words in place. */
        .balign 64
        .globl CPPCC_SYM(cppcc_general_dict_begin)
CPPCC_SYM(cppcc_general_dict_begin):
        .incbin CPPCC_GENERAL_DICT_TABLE
        .globl CPPCC_SYM(cppcc_general_dict_end)
CPPCC_SYM(cppcc_general_dict_end):

        .globl CPPCC_SYM(cppcc_general_dict_source)
CPPCC_SYM(cppcc_general_dict_source):
        .asciz CPPCC_GENERAL_DICT_SOURCE

#if defined(__ELF__)
        /* No executable stack for the program that links this. */
        .section .note.GNU-stack, "", %progbits
#endif
