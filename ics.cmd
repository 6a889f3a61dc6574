@echo off
rem The ics command on Windows: checks, questions and draws the governance of an integrated care
rem system. The same as ./ics on Linux and macOS:
rem
rem   ics.cmd check examples\exampleshire-ics.yaml
rem
rem On first use (when ics-cli\target\ics.jar is missing) it builds the command with the Maven
rem Wrapper, which downloads Maven and the libraries it needs. After changing the sources, delete
rem ics-cli\target\ics.jar (or run mvnw.cmd -q -B -DskipTests package -pl ics-cli -am) to rebuild.
setlocal
set "ICS_ROOT=%~dp0"
set "ICS_JAR=%ICS_ROOT%ics-cli\target\ics.jar"

where java >nul 2>nul
if errorlevel 1 (
  echo ics: Java 17 or later is needed, but 'java' is not on the PATH 1>&2
  exit /b 2
)

if exist "%ICS_JAR%" goto run
echo ics: first run: building the command line from source with the Maven Wrapper. 1>&2
echo ics: it downloads Maven (about 10 MB) and the libraries the build needs (about 50 MB), 1>&2
echo ics: then compiles the library: about 2 minutes on a typical connection; later runs start at once. 1>&2
pushd "%ICS_ROOT%"
call mvnw.cmd -q -B -DskipTests package -pl ics-cli -am 1>&2
set "ICS_BUILD=%ERRORLEVEL%"
popd
if not "%ICS_BUILD%"=="0" (
  echo ics: the build failed; see the messages above 1>&2
  exit /b 2
)

:run
java -Dics.progress=off -jar "%ICS_JAR%" %*
exit /b %ERRORLEVEL%
