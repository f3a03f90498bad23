<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AccountService</name>
    <message>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다. 둘 다 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>look up the user</source>
        <translation>사용자 조회</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>이름이 %1인 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>비밀번호: %1</translation>
    </message>
    <message>
        <source>The user name %1 is taken. Choose another one, or sign in if it is yours.</source>
        <translation>이미 사용 중인 사용자 이름입니다: %1. 다른 이름을 선택하거나, 본인 계정이라면 로그인하세요.</translation>
    </message>
    <message>
        <source>Could not hash the password (out of memory?). Try again.</source>
        <translation>비밀번호를 해시하지 못했습니다(메모리 부족?). 다시 시도하세요.</translation>
    </message>
    <message>
        <source>create the user</source>
        <translation>사용자 생성</translation>
    </message>
    <message>
        <source>record a failed sign-in</source>
        <translation>로그인 실패 기록</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>%1 계정의 비밀번호가 너무 많이 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>reset the sign-in counter</source>
        <translation>로그인 실패 횟수 초기화</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>현재 비밀번호가 올바르지 않습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>새 비밀번호: %1</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>새 비밀번호가 현재 비밀번호와 같습니다.</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>The password is wrong. The account was not deleted.</source>
        <translation>비밀번호가 올바르지 않습니다. 계정을 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>delete the account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>start a session</source>
        <translation>세션 시작</translation>
    </message>
    <message>
        <source>resume the session</source>
        <translation>세션 재개</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>세션이 종료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The session is damaged. Sign in again.</source>
        <translation>세션 정보가 손상되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>end the session</source>
        <translation>세션 종료</translation>
    </message>
</context>
<context>
    <name>CredentialRules</name>
    <message>
        <source>Enter a user name.</source>
        <translation>사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A user name needs at least %1 characters.</source>
        <translation>사용자 이름은 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>A user name can have at most %1 characters.</source>
        <translation>사용자 이름은 최대 %1자까지 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>A user name must start with a letter a–z.</source>
        <translation>사용자 이름은 영문자(a–z)로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>A user name may use only lower-case letters a–z, digits and . _ - (no spaces).</source>
        <translation>사용자 이름에는 영문 소문자(a–z), 숫자, . _ - 만 사용할 수 있습니다(공백 불가).</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>너무 김</translation>
    </message>
    <message>
        <source>A password can have at most %1 characters.</source>
        <translation>비밀번호는 최대 %1자까지 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>매우 약함</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>매우 강함</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>%1자 이상 사용하세요.</translation>
    </message>
    <message>
        <source>Do not put your user name in the password.</source>
        <translation>비밀번호에 사용자 이름을 넣지 마세요.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add more words or characters; avoid names, dates and keyboard patterns.</source>
        <translation>너무 쉽게 추측할 수 있습니다. 단어나 문자를 더 추가하고, 이름, 날짜, 키보드 패턴은 피하세요.</translation>
    </message>
    <message>
        <source>Acceptable. A few more characters would make it strong.</source>
        <translation>사용할 수 있습니다. 몇 글자만 더 추가하면 강한 비밀번호가 됩니다.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>This system reports no folder for application data. Choose one with --data-dir DIR or the CLOUDTWIN_DATA_DIR environment variable.</source>
        <translation>이 시스템에는 응용 프로그램 데이터용 폴더가 지정되어 있지 않습니다. --data-dir DIR 옵션이나 CLOUDTWIN_DATA_DIR 환경 변수로 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move it away or choose another folder with --data-dir.</source>
        <translation>데이터 폴더 경로(%1)에 폴더가 아닌 파일이 있습니다. 이 파일을 다른 곳으로 옮기거나 --data-dir로 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that its parent exists and that you may write there, or choose another folder with --data-dir.</source>
        <translation>데이터 폴더(%1)를 만들 수 없습니다. 상위 폴더가 있는지, 그곳에 쓰기 권한이 있는지 확인하거나 --data-dir로 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1 (%2). Free some disk space or fix its permissions, or choose another folder with --data-dir.</source>
        <translation>데이터 폴더(%1)에 쓸 수 없습니다(%2). 디스크 공간을 확보하거나 폴더 권한을 수정하세요. 또는 --data-dir로 다른 폴더를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 is damaged (%2). CloudTwin has left it untouched. Restore it from a backup, or move it away to start with an empty database.</source>
        <translation>데이터베이스 파일(%1)이 손상되었습니다(%2). CloudTwin은 이 파일을 변경하지 않았습니다. 백업에서 복원하거나, 파일을 다른 곳으로 옮기고 빈 데이터베이스로 시작하세요.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is read-only. Fix the file&apos;s permissions or choose another data folder.</source>
        <translation>%1에 실패했습니다. 데이터베이스(%2)가 읽기 전용입니다. 파일 권한을 수정하거나 다른 데이터 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Could not %1: the disk holding %2 is full. Free some space and try again; nothing was changed.</source>
        <translation>%1에 실패했습니다. 데이터베이스(%2)가 있는 디스크가 가득 찼습니다. 공간을 확보한 후 다시 시도하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Could not %1 in the database %2: %3</source>
        <translation>데이터베이스 %2에서 %1에 실패했습니다: %3</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed. Install the package %2 and start CloudTwin again.</source>
        <translation>Qt 데이터베이스 드라이버(%1)가 설치되어 있지 않습니다. %2 패키지를 설치한 후 CloudTwin을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check its permissions or choose another data folder.</source>
        <translation>데이터베이스용 폴더(%1)를 만들 수 없습니다. 폴더 권한을 확인하거나 다른 데이터 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The database path %1 is a folder, not a file.</source>
        <translation>데이터베이스 경로(%1)가 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The file %1 is not a CloudTwin database (it is not an SQLite file, or it is damaged). CloudTwin has left it untouched. Restore it from a backup, or move it away to start with an empty database.</source>
        <translation>파일(%1)이 CloudTwin 데이터베이스가 아닙니다(SQLite 파일이 아니거나 손상되었습니다). CloudTwin은 이 파일을 변경하지 않았습니다. 백업에서 복원하거나, 파일을 다른 곳으로 옮기고 빈 데이터베이스로 시작하세요.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2. Check that the server is running and reachable and that the user name and password are right.</source>
        <translation>데이터베이스 서버(%1)에 연결할 수 없습니다: %2. 서버가 실행 중이고 접속할 수 있는지, 사용자 이름과 비밀번호가 올바른지 확인하세요.</translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation>외래 키 사용 설정</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>데이터베이스 읽기</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not CloudTwin&apos;s (%2). CloudTwin has left it untouched. Give CloudTwin a database of its own.</source>
        <translation>데이터베이스(%1)에 CloudTwin의 것이 아닌 테이블이 이미 있습니다(%2). CloudTwin은 이 데이터베이스를 변경하지 않았습니다. CloudTwin 전용 데이터베이스를 지정하세요.</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>스키마 버전 읽기</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CloudTwin (schema version %2; this version knows up to %3). It has been left untouched. Install the newer CloudTwin, or use another data folder with --data-dir.</source>
        <translation>데이터베이스(%1)는 더 새로운 버전의 CloudTwin에서 기록되었습니다(스키마 버전 %2, 이 버전은 %3까지 지원). 데이터베이스는 변경하지 않았습니다. 새 버전의 CloudTwin을 설치하거나 --data-dir로 다른 데이터 폴더를 사용하세요.</translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation>WAL(미리 쓰기 로그) 모드 전환</translation>
    </message>
    <message>
        <source>upgrade the database to schema version %1</source>
        <translation>데이터베이스 업그레이드(스키마 버전 %1)</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty. Use sqlite:///path/to/file, postgresql://user@host:port/name or mysql://user@host:port/name.</source>
        <translation>데이터베이스 URL이 비어 있습니다. sqlite:///path/to/file, postgresql://user@host:port/name 또는 mysql://user@host:port/name 형식을 사용하세요.</translation>
    </message>
    <message>
        <source>The database URL is not a valid URL (%1). Example: postgresql://cloudtwin@127.0.0.1:5432/cloudtwin.</source>
        <translation>데이터베이스 URL이 올바른 URL이 아닙니다(%1). 예: postgresql://cloudtwin@127.0.0.1:5432/cloudtwin</translation>
    </message>
    <message>
        <source>The SQLite database URL names no file. Write it as sqlite:///absolute/path/file.db.</source>
        <translation>SQLite 데이터베이스 URL에 파일이 지정되어 있지 않습니다. sqlite:///absolute/path/file.db 형식으로 작성하세요.</translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot; in the database URL. Use sqlite, postgresql or mysql.</source>
        <translation>데이터베이스 URL의 데이터베이스 종류를 알 수 없습니다: &quot;%1&quot;. sqlite, postgresql 또는 mysql을 사용하세요.</translation>
    </message>
    <message>
        <source>The database URL names no server. Example: %1://user@127.0.0.1/cloudtwin.</source>
        <translation>데이터베이스 URL에 서버가 지정되어 있지 않습니다. 예: %1://user@127.0.0.1/cloudtwin</translation>
    </message>
    <message>
        <source>The database URL names no database. Add it after the server, for example %1://user@%2/cloudtwin.</source>
        <translation>데이터베이스 URL에 데이터베이스 이름이 지정되어 있지 않습니다. 서버 뒤에 추가하세요. 예: %1://user@%2/cloudtwin</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>not logged in — run: cloudtwinctl login NAME</source>
        <translation>로그인하지 않았습니다 — 다음을 실행하세요: cloudtwinctl login NAME</translation>
    </message>
    <message>
        <source>Cannot read the session file %1 (%2).</source>
        <translation>세션 파일(%1)을 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The session file %1 is damaged. Sign in again: cloudtwinctl login NAME</source>
        <translation>세션 파일(%1)이 손상되었습니다. 다시 로그인하세요: cloudtwinctl login NAME</translation>
    </message>
    <message>
        <source>Cannot write the session file %1 (%2).</source>
        <translation>세션 파일(%1)에 쓸 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>Cannot write the session file %1 (%2). The disk may be full.</source>
        <translation>세션 파일(%1)에 쓸 수 없습니다(%2). 디스크가 가득 찼을 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot delete the session file %1.</source>
        <translation>세션 파일(%1)을 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>read a setting</source>
        <translation>설정 읽기</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <source>remove a setting</source>
        <translation>설정 제거</translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation>이름이 %1인 설정이 없습니다.</translation>
    </message>
    <message>
        <source>list settings</source>
        <translation>설정 목록 조회</translation>
    </message>
    <message>
        <source>record an activity event</source>
        <translation>활동 이벤트 기록</translation>
    </message>
    <message>
        <source>list activity</source>
        <translation>활동 목록 조회</translation>
    </message>
    <message>
        <source>read an activity event</source>
        <translation>활동 이벤트 읽기</translation>
    </message>
    <message>
        <source>There is no activity event %1.</source>
        <translation>ID가 %1인 활동 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>remove an activity event</source>
        <translation>활동 이벤트 제거</translation>
    </message>
    <message>
        <source>clear activity</source>
        <translation>활동 기록 지우기</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The encrypted secrets file %1 does not exist.</source>
        <translation>암호화된 비밀 정보 파일(%1)이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the encrypted secrets file %1 (%2). Check its permissions.</source>
        <translation>암호화된 비밀 정보 파일(%1)을 읽을 수 없습니다(%2). 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 is damaged. It has been left untouched; restore it from a backup, or move it away and enter your cloud passwords again.</source>
        <translation>암호화된 비밀 정보 파일(%1)이 손상되었습니다. 파일은 변경하지 않았습니다. 백업에서 복원하거나, 파일을 다른 곳으로 옮긴 후 클라우드 비밀번호를 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 was written by a newer CloudTwin. Install the newer version.</source>
        <translation>암호화된 비밀 정보 파일(%1)은 더 새로운 버전의 CloudTwin에서 기록되었습니다. 새 버전을 설치하세요.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted secrets file %1 (%2). Nothing was changed.</source>
        <translation>암호화된 비밀 정보 파일(%1)에 쓸 수 없습니다(%2). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted secrets file %1 (%2). The disk may be full; nothing was changed.</source>
        <translation>암호화된 비밀 정보 파일(%1)에 쓸 수 없습니다(%2). 디스크가 가득 찼을 수 있습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 already exists.</source>
        <translation>암호화된 비밀 정보 파일(%1)이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Could not derive a key from the password (out of memory?).</source>
        <translation>비밀번호에서 키를 생성하지 못했습니다(메모리 부족?).</translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 has damaged key settings. It has been left untouched.</source>
        <translation>암호화된 비밀 정보 파일(%1)의 키 설정이 손상되었습니다. 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 does not open with this password.</source>
        <translation>이 비밀번호로는 암호화된 비밀 정보 파일(%1)을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>No secret named %1 is stored.</source>
        <translation>이름이 %1인 비밀 정보가 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The stored secret %1 is damaged and cannot be read. Enter it again.</source>
        <translation>저장된 비밀 정보(%1)가 손상되어 읽을 수 없습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Cannot delete the encrypted secrets file %1. Check the folder&apos;s permissions.</source>
        <translation>암호화된 비밀 정보 파일(%1)을 삭제할 수 없습니다. 폴더 권한을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ct::AboutDialog</name>
    <message>
        <source>About CloudTwin</source>
        <translation>CloudTwin 정보</translation>
    </message>
    <message>
        <source>CloudTwin</source>
        <translation>CloudTwin</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Keeps a main VM on one cloud and a twin backup VM on another, across open-source clouds such as OpenStack and CloudStack.</source>
        <translation>OpenStack, CloudStack 같은 오픈 소스 클라우드에서 한 클라우드에는 주 VM을, 다른 클라우드에는 트윈 백업 VM을 유지합니다.</translation>
    </message>
    <message>
        <source>License: GPL-3.0-or-later</source>
        <translation>라이선스: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 기반으로 빌드되었으며 Qt %2에서 실행 중입니다.</translation>
    </message>
</context>
<context>
    <name>ct::ActivityPage</name>
    <message>
        <source>Information</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>활동을 불러오는 중…</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>아직 활동이 없습니다</translation>
    </message>
    <message>
        <source>Sign-ins, password changes and, in later versions, snapshots and fail-overs of your VMs will be listed here, newest first.</source>
        <translation>로그인과 비밀번호 변경 기록이 최신순으로 여기에 표시됩니다. 이후 버전에서는 VM의 스냅샷과 페일오버 기록도 표시됩니다.</translation>
    </message>
    <message>
        <source>Cannot show the activity</source>
        <translation>활동을 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
</context>
<context>
    <name>ct::AppController</name>
    <message>
        <source>CloudTwin cannot use its data folder.</source>
        <translation>CloudTwin이 데이터 폴더를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>CloudTwin cannot open its database.</source>
        <translation>CloudTwin이 데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>로그아웃했습니다.</translation>
    </message>
    <message>
        <source>The account %1 and all its data were deleted.</source>
        <translation>계정 %1 및 해당 계정의 모든 데이터를 삭제했습니다.</translation>
    </message>
    <message>
        <source>CloudTwin is still running</source>
        <translation>CloudTwin이 계속 실행 중입니다</translation>
    </message>
    <message>
        <source>CloudTwin keeps running in the notification area. To end it, choose Quit from this icon&apos;s menu.</source>
        <translation>CloudTwin은 알림 영역에서 계속 실행됩니다. 종료하려면 이 아이콘의 메뉴에서 [종료]를 선택하세요.</translation>
    </message>
    <message>
        <source>CloudTwin — %1</source>
        <translation>CloudTwin — %1</translation>
    </message>
    <message>
        <source>CloudTwin</source>
        <translation>CloudTwin</translation>
    </message>
</context>
<context>
    <name>ct::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Choose a new password for %1. Your saved cloud secrets stay as they are.</source>
        <translation>%1 계정의 새 비밀번호를 정하세요. 저장된 클라우드 비밀 정보는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>현재 비밀번호(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>새 비밀번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>새 비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>비밀번호가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>비밀번호가 일치합니다.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>비밀번호를 변경하는 중…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>비밀번호를 변경했습니다.</translation>
    </message>
</context>
<context>
    <name>ct::Cli</name>
    <message>
        <source>Usage: cloudtwinctl [global options] COMMAND [arguments]

Keeps a main VM on one cloud and a twin backup VM on another. This is the command-line and
headless side of CloudTwin; it shares its data folder with the CloudTwin app.

Accounts:
  user add NAME [--password-stdin]   create a CloudTwin user
  login NAME [--password-stdin]      start a session that later commands use, until logout
  logout                             end the session
  whoami                             show the signed-in user and where secrets are kept
  user passwd [--password-stdin]     change the password (stdin: current, then new, one per line)
  user delete [--password-stdin]     delete the signed-in user with all their data and secrets

Global options:
  --data-dir DIR        keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app data folder)
  --database URL        sqlite:///path, postgresql://user@host:port/db or mysql://user@host:port/db
                        (password in $CLOUDTWIN_DATABASE_PASSWORD or in the URL)
  --json                machine-readable output on stdout; messages stay on stderr
  --password-stdin      read passwords from standard input, one per line
  -h, --help            show this help
  --version             show the version

Passwords are never taken from the command line: they come from standard input or a prompt.

Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
</source>
        <translation>사용법: cloudtwinctl [전역 옵션] COMMAND [인수]

한 클라우드의 주 VM과 다른 클라우드의 트윈 백업 VM을 관리합니다. 이 프로그램은
CloudTwin의 명령줄 및 헤드리스 환경용 도구이며, CloudTwin 앱과 데이터 폴더를 함께 씁니다.

계정:
  user add NAME [--password-stdin]   CloudTwin 사용자를 만듭니다
  login NAME [--password-stdin]      로그아웃할 때까지 이후 명령에서 쓸 세션을 시작합니다
  logout                             세션을 끝냅니다
  whoami                             로그인한 사용자와 비밀 정보 보관 위치를 표시합니다
  user passwd [--password-stdin]     비밀번호를 변경합니다
                                     (stdin: 현재 비밀번호, 새 비밀번호 순서로 한 줄에 하나씩)
  user delete [--password-stdin]     로그인한 사용자를 모든 데이터 및 비밀 정보와 함께 삭제합니다

전역 옵션:
  --data-dir DIR        모든 상태를 DIR에 보관합니다
                        (기본값: $CLOUDTWIN_DATA_DIR, 없으면 앱 데이터 폴더)
  --database URL        sqlite:///path, postgresql://user@host:port/db 또는 mysql://user@host:port/db
                        (비밀번호는 $CLOUDTWIN_DATABASE_PASSWORD 또는 URL에 지정)
  --json                stdout에 기계가 읽을 수 있는 형식으로 출력합니다
                        (메시지는 계속 stderr로 출력됩니다)
  --password-stdin      표준 입력에서 비밀번호를 한 줄에 하나씩 읽습니다
  -h, --help            이 도움말을 표시합니다
  --version             버전을 표시합니다

비밀번호는 명령줄에서 받지 않습니다. 표준 입력이나 프롬프트로 입력받습니다.

종료 코드: 0 성공, 1 명령 실패, 2 잘못된 명령줄.
</translation>
    </message>
    <message>
        <source>cloudtwinctl: %1</source>
        <translation>cloudtwinctl: %1</translation>
    </message>
    <message>
        <source>Run cloudtwinctl --help for the commands and options.</source>
        <translation>명령과 옵션을 보려면 cloudtwinctl --help를 실행하세요.</translation>
    </message>
    <message>
        <source>missing argument — usage: cloudtwinctl %1</source>
        <translation>인수가 부족합니다 — 사용법: cloudtwinctl %1</translation>
    </message>
    <message>
        <source>too many arguments — usage: cloudtwinctl %1</source>
        <translation>인수가 너무 많습니다 — 사용법: cloudtwinctl %1</translation>
    </message>
    <message>
        <source>Data folder.</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation>데이터베이스 URL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>기계가 읽을 수 있는 형식으로 출력</translation>
    </message>
    <message>
        <source>Read passwords from stdin.</source>
        <translation>표준 입력에서 비밀번호 읽기</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>도움말 표시</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전 표시</translation>
    </message>
    <message>
        <source>user needs a subcommand: add, passwd or delete</source>
        <translation>user 명령에는 하위 명령이 필요합니다: add, passwd 또는 delete</translation>
    </message>
    <message>
        <source>unknown command &quot;user %1&quot;</source>
        <translation>알 수 없는 명령: &quot;user %1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>알 수 없는 명령: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not logged in — run: cloudtwinctl login NAME</source>
        <translation>로그인하지 않았습니다 — 다음을 실행하세요: cloudtwinctl login NAME</translation>
    </message>
    <message>
        <source>--password-stdin was given but standard input ended before a password line.</source>
        <translation>--password-stdin이 지정되었지만 비밀번호 줄을 읽기 전에 표준 입력이 끝났습니다.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password. Pipe it in and add --password-stdin.</source>
        <translation>비밀번호를 물어볼 터미널이 없습니다. 비밀번호를 파이프로 전달하고 --password-stdin을 추가하세요.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>새 비밀번호: </translation>
    </message>
    <message>
        <source>Password too weak (%1): %2</source>
        <translation>비밀번호가 너무 약합니다(%1): %2</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>새 비밀번호 확인: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>두 비밀번호가 다릅니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Account created with cloudtwinctl.</source>
        <translation>cloudtwinctl로 계정을 만들었습니다.</translation>
    </message>
    <message>
        <source>User %1 created. Sign in with: cloudtwinctl login %1</source>
        <translation>사용자 %1을(를) 만들었습니다. 다음 명령으로 로그인하세요: cloudtwinctl login %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1의 비밀번호: </translation>
    </message>
    <message>
        <source>Signed in with cloudtwinctl.</source>
        <translation>cloudtwinctl로 로그인했습니다.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>%1 사용자로 로그인했습니다.</translation>
    </message>
    <message>
        <source>Not logged in; nothing to do.</source>
        <translation>로그인되어 있지 않으므로 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>로그아웃했습니다.</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (사용자 ID %2)</translation>
    </message>
    <message>
        <source>Secrets:  %1</source>
        <translation>비밀 정보:    %1</translation>
    </message>
    <message>
        <source>          (keychain: %1)</source>
        <translation>              (키체인: %1)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Data:     %1</source>
        <translation>데이터 폴더:  %1</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>현재 비밀번호: </translation>
    </message>
    <message>
        <source>Password changed with cloudtwinctl.</source>
        <translation>cloudtwinctl로 비밀번호를 변경했습니다.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>비밀번호를 변경했습니다.</translation>
    </message>
    <message>
        <source>Password for %1 (to confirm deleting the account and all its data): </source>
        <translation>%1의 비밀번호(계정 및 모든 데이터 삭제 확인용): </translation>
    </message>
    <message>
        <source>The password is wrong. The account was not deleted.</source>
        <translation>비밀번호가 올바르지 않습니다. 계정을 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>User %1 and all their data were deleted.</source>
        <translation>사용자 %1 및 해당 사용자의 모든 데이터를 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>ct::DeleteAccountDialog</name>
    <message>
        <source>Delete Account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Delete the account %1?</source>
        <translation>%1 계정을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>All data of this account is removed from CloudTwin: its settings, its activity, its encrypted secrets file and every entry CloudTwin saved for it in the system keychain. Your VMs on the clouds themselves are not touched.

This cannot be undone. Type the password of %1 to confirm.</source>
        <translation>이 계정의 모든 데이터가 CloudTwin에서 제거됩니다. 설정, 활동 기록, 암호화된 비밀 정보 파일, 그리고 CloudTwin이 이 계정을 위해 시스템 키체인에 저장한 모든 항목이 포함됩니다. 클라우드에 있는 VM 자체는 변경되지 않습니다.

이 작업은 되돌릴 수 없습니다. 확인하려면 %1의 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Deleting the account…</source>
        <translation>계정을 삭제하는 중…</translation>
    </message>
    <message>
        <source>The password is wrong. The account was not deleted.</source>
        <translation>비밀번호가 올바르지 않습니다. 계정을 삭제하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>CloudTwin — %1</source>
        <translation>CloudTwin — %1</translation>
    </message>
    <message>
        <source>No VMs yet</source>
        <translation>아직 VM이 없습니다</translation>
    </message>
    <message>
        <source>Your main VMs and their twin backup VMs will be listed here, with their state and their last snapshot. Managing VMs comes in a later version of CloudTwin, once clouds can be added.</source>
        <translation>주 VM과 트윈 백업 VM이 상태 및 마지막 스냅샷과 함께 여기에 표시됩니다. VM 관리 기능은 클라우드를 추가할 수 있게 된 후 이후 버전의 CloudTwin에서 제공됩니다.</translation>
    </message>
    <message>
        <source>No clouds yet</source>
        <translation>아직 클라우드가 없습니다</translation>
    </message>
    <message>
        <source>The cloud accounts CloudTwin works with will be listed here. Adding OpenStack and CloudStack accounts comes in a later version of CloudTwin.</source>
        <translation>CloudTwin에서 사용하는 클라우드 계정이 여기에 표시됩니다. OpenStack 및 CloudStack 계정 추가 기능은 이후 버전의 CloudTwin에서 제공됩니다.</translation>
    </message>
    <message>
        <source>Nothing is protected yet</source>
        <translation>아직 보호 중인 항목이 없습니다</translation>
    </message>
    <message>
        <source>Here you will see which VMs have a twin on another cloud, when their last snapshot was taken and whether the twin is up to date. Protection comes in a later version of CloudTwin, after clouds and VMs.</source>
        <translation>어떤 VM에 다른 클라우드의 트윈이 있는지, 마지막 스냅샷을 언제 만들었는지, 트윈이 최신 상태인지를 여기에서 확인할 수 있습니다. 보호 기능은 클라우드 및 VM 기능에 이어 이후 버전의 CloudTwin에서 제공됩니다.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>로그인 사용자: %1</translation>
    </message>
    <message>
        <source>Secrets: checking…</source>
        <translation>비밀 정보: 확인 중…</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>비밀 정보: %1</translation>
    </message>
    <message>
        <source>Cloud passwords and keys are kept in the system keychain.</source>
        <translation>클라우드 비밀번호와 키는 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Cloud passwords and keys are kept in an encrypted file in the data folder, unlocked by your CloudTwin password.
Keychain: %1</source>
        <translation>클라우드 비밀번호와 키는 데이터 폴더의 암호화된 파일에 보관되며, CloudTwin 비밀번호로 잠금 해제됩니다.
키체인: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>보호</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>계정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>비밀번호 변경(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete Account…</source>
        <translation>계정 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>로그아웃(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Configure CloudTwin…</source>
        <translation>CloudTwin 설정(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CloudTwin</source>
        <translation>CloudTwin 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>비밀번호를 변경했습니다.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>로그아웃했습니다.</translation>
    </message>
</context>
<context>
    <name>ct::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>비밀번호 강도</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words make a strong password that is easy to remember.</source>
        <translation>%1자 이상 입력하세요. 서로 관련 없는 단어 몇 개를 조합하면 기억하기 쉬우면서도 강한 비밀번호가 됩니다.</translation>
    </message>
    <message>
        <source>Good password.</source>
        <translation>좋은 비밀번호입니다.</translation>
    </message>
</context>
<context>
    <name>ct::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>A new language is used the next time you start CloudTwin.</source>
        <translation>새 언어는 CloudTwin을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
</context>
<context>
    <name>ct::SignInDialog</name>
    <message>
        <source>CloudTwin — Sign In</source>
        <translation>CloudTwin — 로그인</translation>
    </message>
    <message>
        <source>CloudTwin</source>
        <translation>CloudTwin</translation>
    </message>
    <message>
        <source>Keep a main VM on one cloud and a twin backup VM on another.</source>
        <translation>한 클라우드에는 주 VM을, 다른 클라우드에는 트윈 백업 VM을 유지합니다.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>%1–%2 characters: lower-case letters a–z, digits and . _ -, starting with a letter.</source>
        <translation>%1–%2자. 영문 소문자(a–z), 숫자, . _ - 를 사용할 수 있으며 영문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>비밀번호가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>비밀번호가 일치합니다.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>로그인했습니다.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>계정을 만드는 중…</translation>
    </message>
    <message>
        <source>Account created.</source>
        <translation>계정을 만들었습니다.</translation>
    </message>
</context>
<context>
    <name>ct::TrayIntegration</name>
    <message>
        <source>CloudTwin</source>
        <translation>CloudTwin</translation>
    </message>
    <message>
        <source>&amp;Open CloudTwin</source>
        <translation>CloudTwin 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ct::UserSecrets</name>
    <message>
        <source>system keychain</source>
        <translation>시스템 키체인</translation>
    </message>
    <message>
        <source>encrypted file (no system keychain available)</source>
        <translation>암호화된 파일(시스템 키체인을 사용할 수 없음)</translation>
    </message>
    <message>
        <source>The system keychain is turned off (CLOUDTWIN_KEYCHAIN=off).</source>
        <translation>시스템 키체인이 꺼져 있습니다(CLOUDTWIN_KEYCHAIN=off).</translation>
    </message>
    <message>
        <source>The system keychain returned something other than what was stored.</source>
        <translation>시스템 키체인이 저장한 값과 다른 값을 반환했습니다.</translation>
    </message>
    <message>
        <source>The system keychain refused to store %1: %2</source>
        <translation>시스템 키체인이 비밀 정보 %1의 저장을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Could not remove a secret from the system keychain: %1</source>
        <translation>시스템 키체인에서 비밀 정보를 제거하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ct::crypto</name>
    <message>
        <source>The encrypted data is cut short.</source>
        <translation>암호화된 데이터가 잘려 있습니다.</translation>
    </message>
    <message>
        <source>The encrypted data does not open with this key (wrong password, or the data was changed).</source>
        <translation>이 키로는 암호화된 데이터를 열 수 없습니다(비밀번호가 틀렸거나 데이터가 변경되었습니다).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CloudTwin keeps a main VM on one cloud and a twin backup VM on another.</source>
        <translation>CloudTwin은 한 클라우드에는 주 VM을, 다른 클라우드에는 트윈 백업 VM을 유지합니다.</translation>
    </message>
    <message>
        <source>Keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app data folder).</source>
        <translation>모든 상태를 DIR에 보관합니다(기본값: $CLOUDTWIN_DATA_DIR, 없으면 앱 데이터 폴더).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Database: sqlite:///path, postgresql://user@host:port/db or mysql://user@host:port/db (default: SQLite in the data folder).</source>
        <translation>데이터베이스: sqlite:///path, postgresql://user@host:port/db 또는 mysql://user@host:port/db (기본값: 데이터 폴더의 SQLite).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>No display found. Run CloudTwin in a desktop session, or under Xvfb: xvfb-run -a cloudtwin; for the command line use cloudtwinctl.</source>
        <translation>디스플레이를 찾을 수 없습니다. 데스크톱 세션에서 CloudTwin을 실행하거나 Xvfb로 실행하세요: xvfb-run -a cloudtwin. 명령줄에서는 cloudtwinctl을 사용하세요.</translation>
    </message>
    <message>
        <source>CloudTwin</source>
        <translation>CloudTwin</translation>
    </message>
</context>
</TS>
