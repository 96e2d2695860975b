# Makes the journey tests' demo city the way a user does: `govcat demo` into a new encrypted file.
# cmake -DGOVCAT=path/to/govcat -DDB=path/to/demo.govcat -P MakeDemoCity.cmake (passphrase from
# GOVCAT_PASSPHRASE in the environment).
get_filename_component(dir "${DB}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(REMOVE "${DB}" "${DB}.key" "${DB}-wal" "${DB}-shm")
execute_process(COMMAND "${GOVCAT}" demo --db "${DB}" --resources 3000 --seed 7 --kdf interactive --quiet
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "govcat demo failed (${result})")
endif()
