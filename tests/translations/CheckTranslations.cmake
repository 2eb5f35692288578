# Fails when a .ts file has rotted: run lupdate over today's sources into a
# copy of each catalogue and look for what it had to add (type="unfinished":
# a new or untranslated string) or set aside (type="vanished"/"obsolete": a
# string the sources no longer have). The real files are never touched.
#
# -DLUPDATE=<lupdate> -DCONFIG=<file setting the lists below> -DWORK_DIR=<dir>
#   planner_check_sources, planner_check_includes: what lupdate scans
#   planner_check_ts: full translations; planner_check_plural_ts: -pluralonly ones
include(${CONFIG})
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

set(list_file ${WORK_DIR}/sources.lst)
set(lines "")
foreach(dir IN LISTS planner_check_includes)
    string(APPEND lines "-I${dir}\n")
endforeach()
foreach(source IN LISTS planner_check_sources)
    string(APPEND lines "${source}\n")
endforeach()
file(WRITE ${list_file} "${lines}")

set(failures 0)
function(check_ts ts_file)
    get_filename_component(name ${ts_file} NAME)
    set(copy ${WORK_DIR}/${name})
    file(COPY_FILE ${ts_file} ${copy})
    execute_process(COMMAND ${LUPDATE} ${ARGN} -locations none @${list_file} -ts ${copy}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "${name}: lupdate failed (${rc}):\n${out}${err}")
        return()
    endif()
    file(READ ${copy} text)
    string(REPLACE ";" "," text "${text}") # keep one list item per message
    # One message per match: its source and the type of its translation.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"(unfinished|vanished|obsolete)\""
           bad "${text}")
    list(LENGTH bad count)
    if(count GREATER 0)
        set(report "")
        foreach(entry IN LISTS bad)
            string(REGEX REPLACE "<source>([^<]*)</source>.*type=\"([a-z]+)\"" "  [\\2] \\1" line "${entry}")
            string(APPEND report "${line}\n")
        endforeach()
        message(SEND_ERROR "${name}: ${count} entries need work (run the update_translations "
                           "target, then translate them):\n${report}")
        set(failures 1 PARENT_SCOPE)
    else()
        message(STATUS "${name}: complete")
    endif()
endfunction()

foreach(ts IN LISTS planner_check_ts)
    check_ts(${ts})
endforeach()
foreach(ts IN LISTS planner_check_plural_ts)
    check_ts(${ts} -pluralonly)
endforeach()
