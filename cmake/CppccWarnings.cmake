# Warning and sanitizer flags, applied per target (never globally).
function(cppcc_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(CPPCC_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(CPPCC_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
