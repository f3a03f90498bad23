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
    <message>
        <source>count the users</source>
        <translation>사용자 수 세기</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 vCPU, %2 MB memory, %3 GB disk</source>
        <translation>vCPU %1개, 메모리 %2MB, 디스크 %3GB</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB memory, root disk sized at creation</source>
        <translation>vCPU %1개, 메모리 %2MB, 루트 디스크는 생성할 때 크기 지정</translation>
    </message>
    <message>
        <source>at least %1 vCPU, %2 MB memory and %3 GB disk</source>
        <translation>vCPU %1개, 메모리 %2MB, 디스크 %3GB 이상</translation>
    </message>
    <message>
        <source>Cloud “%1” has no flavor “%2”. Its flavors are: %3. Pick one of them or leave the flavor empty so CloudTwin picks one for the size.</source>
        <translation>클라우드 “%1”에 플레이버 “%2”이(가) 없습니다. 이 클라우드의 플레이버: %3. 이 중 하나를 고르거나, 플레이버를 비워 두어 CloudTwin이 크기에 맞게 고르게 하세요.</translation>
    </message>
    <message>
        <source>%1: chosen by you (%2)</source>
        <translation>%1: 직접 선택함(%2)</translation>
    </message>
    <message>
        <source>%1: chosen by you (%2), although the size asks for %3</source>
        <translation>%1: 직접 선택함(%2). 크기 설정은 %3을(를) 요구합니다</translation>
    </message>
    <message>
        <source>%1: the smallest with at least %2 vCPU and %3 MB memory (%4); it does not fix the root disk, so the %5 GB are asked for when the VM is created</source>
        <translation>%1: vCPU %2개, 메모리 %3MB 이상인 것 중 가장 작음(%4). 루트 디스크 크기가 정해져 있지 않아 VM을 만들 때 %5GB를 요청합니다</translation>
    </message>
    <message>
        <source>%1: the smallest with %2 (%3)</source>
        <translation>%1: %2인 것 중 가장 작음(%3)</translation>
    </message>
    <message>
        <source>Cloud “%1” offers no flavors to this account, so no VM can be created there. Ask the cloud&apos;s administrator for access to flavors, or choose another cloud.</source>
        <translation>클라우드 “%1”이(가) 이 계정에 플레이버를 하나도 제공하지 않아 VM을 만들 수 없습니다. 클라우드 관리자에게 플레이버 사용 권한을 요청하거나 다른 클라우드를 고르세요.</translation>
    </message>
    <message>
        <source>Cloud “%1” has no flavor with %2; the biggest it offers is %3 (%4). Choose a smaller size, or another cloud.</source>
        <translation>클라우드 “%1”에는 %2인 플레이버가 없습니다. 가장 큰 것은 %3(%4)입니다. 더 작은 크기나 다른 클라우드를 고르세요.</translation>
    </message>
    <message>
        <source>Cloud “%1” has no image “%2”. Pick one of its images under “Advanced”, or fix `image:` in the spec.</source>
        <translation>클라우드 “%1”에 이미지 “%2”이(가) 없습니다. “고급”에서 이 클라우드의 이미지 중 하나를 고르거나, 스펙의 `image:`를 고치세요.</translation>
    </message>
    <message>
        <source>Image “%1” on cloud “%2” is “%3”, not ready to start a VM from. Wait until it is active, or pick another image.</source>
        <translation>클라우드 “%2”의 이미지 “%1”은(는) “%3” 상태라 아직 VM을 시작할 수 없습니다. active가 될 때까지 기다리거나 다른 이미지를 고르세요.</translation>
    </message>
    <message>
        <source>%1: chosen by you</source>
        <translation>%1: 직접 선택함</translation>
    </message>
    <message>
        <source>Cloud “%1” has no active image of %2. Pick an image under “Advanced” in the wizard, or set `image:` under this cloud&apos;s side (main or twin) in the spec.</source>
        <translation>클라우드 “%1”에 사용 가능한(active) %2 이미지가 없습니다. 마법사의 “고급”에서 이미지를 고르거나, 스펙에서 이 클라우드 쪽(main 또는 twin)에 `image:`를 지정하세요.</translation>
    </message>
    <message>
        <source>(Images of it that are not active yet: %1.)</source>
        <translation>(아직 active가 아닌 해당 이미지: %1개)</translation>
    </message>
    <message>
        <source>%1: the newest active image whose os_distro and os_version say %2</source>
        <translation>%1: os_distro와 os_version이 %2인 active 이미지 중 가장 최신</translation>
    </message>
    <message>
        <source>%1: the newest active template whose OS type is “%2”</source>
        <translation>%1: OS 유형이 “%2”인 active 템플릿 중 가장 최신</translation>
    </message>
    <message>
        <source>%1: the newest active image whose name says %2 (it does not state its OS in its properties)</source>
        <translation>%1: 이름에 %2이(가) 들어 있는 active 이미지 중 가장 최신(이미지 속성에 OS가 적혀 있지 않음)</translation>
    </message>
    <message>
        <source>the cloud&apos;s default network</source>
        <translation>클라우드의 기본 네트워크</translation>
    </message>
    <message>
        <source>Cloud “%1” has no network “%2”. Its networks are: %3. Pick one of them, or leave the network empty for the cloud&apos;s default.</source>
        <translation>클라우드 “%1”에 네트워크 “%2”이(가) 없습니다. 이 클라우드의 네트워크: %3. 이 중 하나를 고르거나, 비워 두어 클라우드의 기본 네트워크를 쓰세요.</translation>
    </message>
    <message>
        <source>nginx web server</source>
        <translation>nginx 웹 서버</translation>
    </message>
    <message>
        <source>Apache web server</source>
        <translation>Apache 웹 서버</translation>
    </message>
    <message>
        <source>MariaDB database</source>
        <translation>MariaDB 데이터베이스</translation>
    </message>
    <message>
        <source>MySQL database</source>
        <translation>MySQL 데이터베이스</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>PostgreSQL 데이터베이스</translation>
    </message>
    <message>
        <source>Docker containers</source>
        <translation>Docker 컨테이너</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <source>Java runtime (OpenJDK)</source>
        <translation>Java 런타임(OpenJDK)</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>웹 서버</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Development box</source>
        <translation>개발용 서버</translation>
    </message>
    <message>
        <source>File server</source>
        <translation>파일 서버</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GB memory, %3 GB disk</source>
        <translation>vCPU %1개, 메모리 %2GB, 디스크 %3GB</translation>
    </message>
    <message>
        <source>Small — %1</source>
        <translation>작게 — %1</translation>
    </message>
    <message>
        <source>Medium — %1</source>
        <translation>보통 — %1</translation>
    </message>
    <message>
        <source>Large — %1</source>
        <translation>크게 — %1</translation>
    </message>
    <message>
        <source>Extra large — %1</source>
        <translation>아주 크게 — %1</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>사용자 지정 — 원하는 값 직접 입력</translation>
    </message>
    <message>
        <source>%1: chosen by you; its own OS information says it is not %2, which the software setup is written for, so packages and services may not install. Choose the OS it has on the Operating system page, or another image.</source>
        <translation>%1: 직접 선택함. 이미지의 OS 정보로는 소프트웨어 설치가 전제하는 %2이(가) 아니므로 패키지와 서비스가 설치되지 않을 수 있습니다. 운영 체제 페이지에서 이 이미지의 OS를 고르거나 다른 이미지를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>CloudInit</name>
    <message>
        <source>The VM name &quot;%1&quot; cannot be used as a host name. Use 1 to 63 lowercase letters, digits and dashes, starting with a letter.</source>
        <translation>VM 이름 &quot;%1&quot;은(는) 호스트 이름으로 쓸 수 없습니다. 영문 소문자로 시작하는 1~63자의 영문 소문자, 숫자, 대시를 쓰세요.</translation>
    </message>
    <message>
        <source>The SSH public key must be one line in OpenSSH format (&quot;ssh-ed25519 AAAA… comment&quot;). Generate a key or paste the contents of your .pub file.</source>
        <translation>SSH 공개 키는 OpenSSH 형식의 한 줄이어야 합니다(&quot;ssh-ed25519 AAAA… 설명&quot;). 키를 새로 만들거나 .pub 파일의 내용을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>CloudTwin does not know how to set up %1 %2. Choose one of the supported operating systems.</source>
        <translation>CloudTwin은 %1 %2을(를) 설정하는 방법을 모릅니다. 지원되는 운영 체제 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>The data disk cannot be mounted at &quot;%1&quot;. Use an absolute folder other than /, such as /data.</source>
        <translation>데이터 디스크를 &quot;%1&quot;에 마운트할 수 없습니다. / 이외의 절대 경로 폴더(예: /data)를 쓰세요.</translation>
    </message>
    <message>
        <source>Could not write the cloud-init file: %1.</source>
        <translation>cloud-init 파일을 만들지 못했습니다: %1.</translation>
    </message>
</context>
<context>
    <name>CloudMonkeyConfig</name>
    <message>
        <source>The CloudMonkey config file %1 does not exist. Choose the file your cmk uses (cmk keeps it in ~/.cmk/config; the older cloudmonkey in ~/.cloudmonkey/config), or set up a profile in cmk first.</source>
        <translation>CloudMonkey 설정 파일 %1이(가) 없습니다. cmk가 쓰는 파일을 선택하거나(cmk는 ~/.cmk/config, 예전 cloudmonkey는 ~/.cloudmonkey/config에 둡니다) 먼저 cmk에서 프로필을 설정하세요.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the CloudMonkey config file inside it.</source>
        <translation>%1은(는) 폴더입니다. 그 안에 있는 CloudMonkey 설정 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MB, so it is not a CloudMonkey config file. Choose the file cmk uses (~/.cmk/config).</source>
        <translation>%1은(는) 1MB보다 커서 CloudMonkey 설정 파일이 아닙니다. cmk가 쓰는 파일(~/.cmk/config)을 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot read the CloudMonkey config file %1: %2. Check that it belongs to you and is readable.</source>
        <translation>CloudMonkey 설정 파일 %1을(를) 읽을 수 없습니다: %2. 파일 소유자가 본인이고 읽을 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is not a text file, so it is not a CloudMonkey config. Choose the file cmk uses (~/.cmk/config).</source>
        <translation>%1은(는) 텍스트 파일이 아니어서 CloudMonkey 설정이 아닙니다. cmk가 쓰는 파일(~/.cmk/config)을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 line %2: “%3” is not a section header. A profile starts with its name in brackets, e.g. [mycloud]. Fix the line and import again.</source>
        <translation>%1 %2번째 줄: “%3”은(는) 섹션 머리글이 아닙니다. 프로필은 [mycloud]처럼 대괄호 안의 이름으로 시작합니다. 줄을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>%1 line %2 is neither “key = value”, a [profile] header nor a comment. Fix or remove the line and import again.</source>
        <translation>%1 %2번째 줄은 “키 = 값”도, [프로필] 머리글도, 주석도 아닙니다. 줄을 고치거나 지운 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>%1 line %2: verifycert must be true or false; CloudTwin checks certificates.</source>
        <translation>%1 %2번째 줄: verifycert는 true 또는 false여야 합니다. CloudTwin은 인증서를 확인합니다.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2번째 줄</translation>
    </message>
    <message>
        <source>%1, profile %2</source>
        <translation>%1, 프로필 %2</translation>
    </message>
    <message>
        <source>%1: profile [%2] has no url. Add a line such as “url = https://cloud.example.com/client/api” to it.</source>
        <translation>%1: 프로필 [%2]에 url이 없습니다. “url = https://cloud.example.com/client/api” 같은 줄을 추가하세요.</translation>
    </message>
    <message>
        <source>%1: profile [%2]: url “%3” is not an http:// or https:// address. It looks like https://cloud.example.com/client/api.</source>
        <translation>%1: 프로필 [%2]: url “%3”은(는) http:// 또는 https:// 주소가 아닙니다. https://cloud.example.com/client/api 같은 형태입니다.</translation>
    </message>
    <message>
        <source>profile [%1] has only one of apikey and secretkey; CloudTwin signs in with its username and password instead.</source>
        <translation>프로필 [%1]에는 apikey와 secretkey 중 하나만 있습니다. CloudTwin은 대신 사용자 이름과 비밀번호로 로그인합니다.</translation>
    </message>
    <message>
        <source>%1: profile [%2] has an apikey but no secretkey. Add “secretkey = …” (shown with the API key in the CloudStack UI under your user&apos;s keys).</source>
        <translation>%1: 프로필 [%2]에 apikey는 있지만 secretkey가 없습니다. “secretkey = …”를 추가하세요(CloudStack UI의 사용자 키 항목에 API 키와 함께 표시됩니다).</translation>
    </message>
    <message>
        <source>%1: profile [%2] has a username but no password. Add “password = …”, or use apikey and secretkey instead.</source>
        <translation>%1: 프로필 [%2]에 username은 있지만 password가 없습니다. “password = …”를 추가하거나 대신 apikey와 secretkey를 쓰세요.</translation>
    </message>
    <message>
        <source>%1: profile [%2] has neither apikey and secretkey nor username and password. Add one of the two pairs to it.</source>
        <translation>%1: 프로필 [%2]에는 apikey와 secretkey도, username과 password도 없습니다. 둘 중 한 쌍을 추가하세요.</translation>
    </message>
    <message>
        <source>profile [%1]: %2 must be true or false; CloudTwin checks certificates.</source>
        <translation>프로필 [%1]: %2은(는) true 또는 false여야 합니다. CloudTwin은 인증서를 확인합니다.</translation>
    </message>
    <message>
        <source>profile [%1] has certificate checks turned off (verifycert = false); anyone on the network path could pose as the cloud.</source>
        <translation>프로필 [%1]은(는) 인증서 확인이 꺼져 있습니다(verifycert = false). 네트워크 경로에 있는 누구나 클라우드로 가장할 수 있습니다.</translation>
    </message>
    <message>
        <source>profile [%1] uses plain http; its password will cross the network unencrypted.</source>
        <translation>프로필 [%1]은(는) 암호화되지 않은 http를 씁니다. 비밀번호가 암호화되지 않은 채 네트워크로 전송됩니다.</translation>
    </message>
    <message>
        <source>%1: profile [%2] has a secretkey but no apikey. Add “apikey = …” (shown with the secret key in the CloudStack UI under your user&apos;s keys).</source>
        <translation>%1: 프로필 [%2]에 secretkey는 있지만 apikey가 없습니다. “apikey = …”를 추가하세요(CloudStack UI의 사용자 키 항목에 시크릿 키와 함께 표시됩니다).</translation>
    </message>
    <message>
        <source>%1 has no CloudMonkey profile. A profile is a section such as [mycloud] with url, apikey and secretkey (or username and password) in it; cmk writes one with “cmk set profile mycloud” and “cmk set url …”.</source>
        <translation>%1에 CloudMonkey 프로필이 없습니다. 프로필은 url, apikey, secretkey(또는 username, password)가 들어 있는 [mycloud] 같은 섹션입니다. cmk에서 “cmk set profile mycloud”와 “cmk set url …”로 만들 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CloudsYaml</name>
    <message>
        <source>OS_* environment variables</source>
        <translation>OS_* 환경 변수</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2행</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: %3 must be a single value, not a list or map</source>
        <translation>%1: 클라우드 &apos;%2&apos;: %3에는 목록이나 맵이 아닌 단일 값을 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: %3 must be true or false</source>
        <translation>%1: 클라우드 &apos;%2&apos;: %3은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; uses identity_api_version %3; CloudTwin speaks Keystone v3 only</source>
        <translation>%1: 클라우드 &apos;%2&apos;은(는) identity_api_version %3을(를) 사용합니다. CloudTwin은 Keystone v3만 지원합니다</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; uses auth_type &apos;%3&apos;, which CloudTwin does not support; use password or v3applicationcredential</source>
        <translation>%1: 클라우드 &apos;%2&apos;은(는) CloudTwin이 지원하지 않는 auth_type &apos;%3&apos;을(를) 사용합니다. password 또는 v3applicationcredential을 사용하세요</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; has no auth.auth_url</source>
        <translation>%1: 클라우드 &apos;%2&apos;에 auth.auth_url이 없습니다</translation>
    </message>
    <message>
        <source> (it uses the vendor profile &apos;%1&apos;, which CloudTwin cannot read; add the Keystone URL as auth.auth_url)</source>
        <translation> (CloudTwin이 읽을 수 없는 공급업체 프로필 &apos;%1&apos;을(를) 사용합니다. Keystone URL을 auth.auth_url로 추가하세요)</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: auth.auth_url &apos;%3&apos; is not an http:// or https:// URL</source>
        <translation>%1: 클라우드 &apos;%2&apos;: auth.auth_url &apos;%3&apos;은(는) http:// 또는 https:// URL이 아닙니다</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; has no auth.username (or auth.user_id)</source>
        <translation>%1: 클라우드 &apos;%2&apos;에 auth.username(또는 auth.user_id)이 없습니다</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; has no auth.project_name (or auth.project_id); CloudTwin needs a project to list and manage servers</source>
        <translation>%1: 클라우드 &apos;%2&apos;에 auth.project_name(또는 auth.project_id)이 없습니다. CloudTwin이 서버를 조회하고 관리하려면 프로젝트가 필요합니다</translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos; has no auth.password in clouds.yaml or secure.yaml; it was imported, and the password must be entered before it can be used</source>
        <translation>클라우드 &apos;%1&apos;의 auth.password가 clouds.yaml과 secure.yaml 어디에도 없습니다. 클라우드는 가져왔지만, 사용하려면 먼저 비밀번호를 입력해야 합니다</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; has no auth.application_credential_id (or application_credential_name with username or user_id)</source>
        <translation>%1: 클라우드 &apos;%2&apos;에 auth.application_credential_id(또는 username이나 user_id와 함께 쓰는 application_credential_name)가 없습니다</translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos; has no auth.application_credential_secret in clouds.yaml or secure.yaml; it was imported, and the secret must be entered before it can be used</source>
        <translation>클라우드 &apos;%1&apos;의 auth.application_credential_secret이 clouds.yaml과 secure.yaml 어디에도 없습니다. 클라우드는 가져왔지만, 사용하려면 먼저 시크릿을 입력해야 합니다</translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos; lists %2 regions; CloudTwin uses the first one, &apos;%3&apos;</source>
        <translation>클라우드 &apos;%1&apos;에 리전이 %2개 있습니다. CloudTwin은 첫 번째 리전 &apos;%3&apos;을(를) 사용합니다</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: interface &apos;%3&apos; is not public, internal or admin; using public</source>
        <translation>%1: 클라우드 &apos;%2&apos;: interface &apos;%3&apos;은(는) public, internal, admin 중 하나가 아닙니다. public을 사용합니다</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: verify must be true, false or a CA file</source>
        <translation>%1: 클라우드 &apos;%2&apos;: verify는 true, false 또는 CA 파일이어야 합니다</translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos;: the CA file %2 does not exist; connections will fail until it does</source>
        <translation>클라우드 &apos;%1&apos;: CA 파일 %2이(가) 없습니다. 이 파일이 생길 때까지 연결에 실패합니다</translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos; has certificate checks turned off (verify: false); anyone on the network path can read its password</source>
        <translation>클라우드 &apos;%1&apos;의 인증서 확인이 꺼져 있습니다(verify: false). 네트워크 경로에 있는 누구나 비밀번호를 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: not valid YAML (%4). Fix the file and import again.</source>
        <translation>%1 %2행 %3열: 올바른 YAML이 아닙니다(%4). 파일을 수정한 후 다시 가져오세요.</translation>
    </message>
    <message>
        <source>%1 has no &apos;clouds:&apos; section with one entry per cloud, so it is not a clouds.yaml file.</source>
        <translation>%1에 클라우드별 항목이 들어 있는 &apos;clouds:&apos; 섹션이 없으므로 clouds.yaml 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; must be a map of settings (auth:, region_name:, ...)</source>
        <translation>%1: 클라우드 &apos;%2&apos;은(는) 설정 맵(auth:, region_name: 등)이어야 합니다</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 defines a cloud named &apos;envvars&apos; and OS_* environment variables are set too; the environment was ignored</source>
        <translation>%1에 &apos;envvars&apos;라는 클라우드가 정의되어 있고 OS_* 환경 변수도 설정되어 있습니다. 환경 변수는 무시했습니다</translation>
    </message>
    <message>
        <source>No clouds.yaml found (looked for %1) and no OS_AUTH_URL is set. Name the file with --clouds-yaml FILE.</source>
        <translation>clouds.yaml을 찾을 수 없고(찾아본 위치: %1) OS_AUTH_URL도 설정되어 있지 않습니다. --clouds-yaml FILE로 파일을 지정하세요.</translation>
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
    <name>DeployJournal</name>
    <message>
        <source>journal the start of creating %1</source>
        <translation>%1 생성 시작을 기록</translation>
    </message>
    <message>
        <source>journal a step</source>
        <translation>단계 기록</translation>
    </message>
    <message>
        <source>There is no step %1 in create %2.</source>
        <translation>생성 %2에 단계 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>journal the end of a create</source>
        <translation>생성 종료 기록</translation>
    </message>
    <message>
        <source>There is no create %1 in the journal.</source>
        <translation>기록에 생성 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>read the create journal</source>
        <translation>생성 기록 읽기</translation>
    </message>
    <message>
        <source>Step %1 of create %2 in the journal has a kind or state this CloudTwin does not know (%3, %4). It was written by a newer CloudTwin: use that one.</source>
        <translation>기록에 있는 생성 %2의 단계 %1에 이 CloudTwin이 모르는 종류나 상태(%3, %4)가 있습니다. 더 새로운 CloudTwin이 기록한 것이므로 그 버전을 사용하세요.</translation>
    </message>
    <message>
        <source>save the VM pair %1</source>
        <translation>VM 쌍 %1 저장</translation>
    </message>
    <message>
        <source>list VM pairs</source>
        <translation>VM 쌍 목록 읽기</translation>
    </message>
    <message>
        <source>read a VM pair</source>
        <translation>VM 쌍 읽기</translation>
    </message>
    <message>
        <source>remove a VM pair</source>
        <translation>VM 쌍 삭제</translation>
    </message>
    <message>
        <source>CloudTwin cannot create its lock folder %1. Check that the data folder is writable.</source>
        <translation>CloudTwin이 잠금 폴더 %1을(를) 만들 수 없습니다. 데이터 폴더에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is being created right now by another CloudTwin program (%2, process %3 on %4). Wait until it has finished.</source>
        <translation>%1은(는) 지금 다른 CloudTwin 프로그램(%2, %4의 프로세스 %3)이 만들고 있습니다. 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>CloudTwin cannot write its lock file in %1. Check that the data folder is writable and not full.</source>
        <translation>CloudTwin이 %1에 잠금 파일을 쓸 수 없습니다. 데이터 폴더에 쓸 수 있고 가득 차지 않았는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ImageService</name>
    <message>
        <source>an image record is not an object</source>
        <translation>이미지 레코드가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>an image record has no “id”</source>
        <translation>이미지 레코드에 “id”가 없습니다</translation>
    </message>
    <message>
        <source>%1: could not %2 — the cloud&apos;s catalog has no image (Glance) endpoint for this region. Check the region in this cloud&apos;s settings.</source>
        <translation>%1: %2에 실패했습니다 — 클라우드 카탈로그에 이 리전의 이미지(Glance) 엔드포인트가 없습니다. 이 클라우드 설정에서 리전을 확인하세요.</translation>
    </message>
    <message>
        <source>read image %1</source>
        <translation>이미지 %1 읽기</translation>
    </message>
    <message>
        <source>list images</source>
        <translation>이미지 목록 조회</translation>
    </message>
    <message>
        <source>create image “%1”</source>
        <translation>이미지 “%1” 만들기</translation>
    </message>
    <message>
        <source>delete image %1</source>
        <translation>이미지 %1 삭제</translation>
    </message>
    <message>
        <source>upload data to image %1</source>
        <translation>이미지 %1에 데이터 업로드</translation>
    </message>
    <message>
        <source>%1: could not %2 — the data to upload is not open for reading or its size is unknown.</source>
        <translation>%1: %2에 실패했습니다 — 업로드할 데이터를 읽을 수 있도록 열려 있지 않거나 크기를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Uploading image</source>
        <translation>이미지 업로드 중</translation>
    </message>
    <message>
        <source>download image %1</source>
        <translation>이미지 %1 다운로드</translation>
    </message>
    <message>
        <source>%1: could not %2 — the destination is not open for writing.</source>
        <translation>%1: %2에 실패했습니다 — 저장할 대상이 쓰기용으로 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>It is a snapshot of a volume-backed server: the disk data lives in Cinder volume snapshots, not in the image. Create a volume from the snapshot and upload that volume to an image instead.</source>
        <translation>볼륨 기반 서버의 스냅샷입니다. 디스크 데이터는 이미지가 아니라 Cinder 볼륨 스냅샷에 있습니다. 대신 스냅샷에서 볼륨을 만든 후 그 볼륨을 이미지로 업로드하세요.</translation>
    </message>
    <message>
        <source>The image is “%1” and has no data yet. Wait until it is active.</source>
        <translation>이미지가 “%1” 상태이며 아직 데이터가 없습니다. 활성 상태가 될 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>The image has no data in the image store.</source>
        <translation>이미지 저장소에 이 이미지의 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>%1: could not %2 — the image service answered “no data” (HTTP 204). %3</source>
        <translation>%1: %2에 실패했습니다 — 이미지 서비스가 “데이터 없음”(HTTP 204)으로 응답했습니다. %3</translation>
    </message>
    <message>
        <source>Downloading image</source>
        <translation>이미지 다운로드 중</translation>
    </message>
    <message>
        <source>%1: could not %2 — writing the data failed: %3. Check the free space and permissions of the destination.</source>
        <translation>%1: %2에 실패했습니다 — 데이터를 쓰지 못했습니다: %3. 저장할 위치의 여유 공간과 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>%1: could not %2 — the transfer ended after %3 of %4 bytes. Try again.</source>
        <translation>%1: %2에 실패했습니다 — 전송이 %4바이트 중 %3바이트에서 끝났습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1: the data of image %2 (“%3”) arrived damaged: its %4 checksum is %5, but the image service recorded %6. The download must not be used. Try again; if it happens again, the image in the cloud may be damaged.</source>
        <translation>%1: 이미지 %2(“%3”)의 데이터가 손상된 채로 도착했습니다. %4 체크섬이 %5이지만 이미지 서비스에 기록된 값은 %6입니다. 다운로드한 데이터를 사용하면 안 됩니다. 다시 시도하세요. 같은 문제가 반복되면 클라우드의 이미지가 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>wait for image %1</source>
        <translation>이미지 %1 대기</translation>
    </message>
    <message>
        <source>%1: image %2 (“%3”) became “%4” instead of active. %5</source>
        <translation>%1: 이미지 %2(“%3”)이(가) 활성 상태가 되지 않고 “%4” 상태가 되었습니다. %5</translation>
    </message>
    <message>
        <source>The image service failed to store its data; delete it and create it again.</source>
        <translation>이미지 서비스가 데이터를 저장하지 못했습니다. 이미지를 삭제하고 다시 만드세요.</translation>
    </message>
    <message>
        <source>It can no longer become active; create a new one.</source>
        <translation>더 이상 활성 상태가 될 수 없습니다. 새로 만드세요.</translation>
    </message>
    <message>
        <source>Image is %1</source>
        <translation>이미지 상태: %1</translation>
    </message>
    <message>
        <source>%1: image %2 is still “%3” after the time allowed. It may still become active; check it again later before creating a new one.</source>
        <translation>%1: 허용된 시간이 지났지만 이미지 %2이(가) 아직 “%3” 상태입니다. 나중에 활성 상태가 될 수도 있으니, 새로 만들기 전에 잠시 후 다시 확인하세요.</translation>
    </message>
</context>
<context>
    <name>KeyGenerator</name>
    <message>
        <source>The cryptography library could not start, so no SSH key was made.</source>
        <translation>암호화 라이브러리를 시작할 수 없어 SSH 키를 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>The stored SSH private key is not an OpenSSH key file.</source>
        <translation>저장된 SSH 개인 키가 OpenSSH 키 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <source>%1: could not %2 — the cloud&apos;s catalog has no network (Neutron) endpoint for this region. Check the region in this cloud&apos;s settings.</source>
        <translation>%1: %2에 실패했습니다 — 클라우드 카탈로그에 이 리전의 네트워크(Neutron) 엔드포인트가 없습니다. 이 클라우드 설정에서 리전을 확인하세요.</translation>
    </message>
    <message>
        <source>a network record has no “id”</source>
        <translation>네트워크 레코드에 “id”가 없습니다</translation>
    </message>
    <message>
        <source>a subnet record has no “id”</source>
        <translation>서브넷 레코드에 “id”가 없습니다</translation>
    </message>
    <message>
        <source>a port record has no “id”</source>
        <translation>포트 레코드에 “id”가 없습니다</translation>
    </message>
    <message>
        <source>a security group rule has no “id”</source>
        <translation>보안 그룹 규칙에 “id”가 없습니다</translation>
    </message>
    <message>
        <source>a security group record has no “id”</source>
        <translation>보안 그룹 레코드에 “id”가 없습니다</translation>
    </message>
    <message>
        <source>a floating IP record has no “id”</source>
        <translation>유동 IP 레코드에 “id”가 없습니다</translation>
    </message>
    <message>
        <source>list networks</source>
        <translation>네트워크 목록 조회</translation>
    </message>
    <message>
        <source>list subnets</source>
        <translation>서브넷 목록 조회</translation>
    </message>
    <message>
        <source>list ports</source>
        <translation>포트 목록 조회</translation>
    </message>
    <message>
        <source>list the ports of server %1</source>
        <translation>서버 %1의 포트 목록 조회</translation>
    </message>
    <message>
        <source>list security groups</source>
        <translation>보안 그룹 목록 조회</translation>
    </message>
    <message>
        <source>create security group “%1”</source>
        <translation>보안 그룹 “%1” 만들기</translation>
    </message>
    <message>
        <source>add a rule to security group %1</source>
        <translation>보안 그룹 %1에 규칙 추가</translation>
    </message>
    <message>
        <source>delete security group %1</source>
        <translation>보안 그룹 %1 삭제</translation>
    </message>
    <message>
        <source>list floating IPs</source>
        <translation>유동 IP 목록 조회</translation>
    </message>
    <message>
        <source>allocate a floating IP from network %1</source>
        <translation>네트워크 %1에서 유동 IP 할당</translation>
    </message>
    <message>
        <source>disassociate floating IP %1</source>
        <translation>유동 IP %1 연결 해제</translation>
    </message>
    <message>
        <source>associate floating IP %1 with port %2</source>
        <translation>유동 IP %1을(를) 포트 %2에 연결</translation>
    </message>
    <message>
        <source>release floating IP %1</source>
        <translation>유동 IP %1 해제</translation>
    </message>
    <message>
        <source>list external networks</source>
        <translation>외부 네트워크 목록 조회</translation>
    </message>
    <message>
        <source>list the floating IPs of port %1</source>
        <translation>포트 %1의 유동 IP 목록 조회</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Choose a main cloud and a twin cloud first.</source>
        <translation>먼저 주 클라우드와 트윈 클라우드를 선택하세요.</translation>
    </message>
    <message>
        <source>A cloud was removed while the plan was being made.</source>
        <translation>계획을 만드는 동안 클라우드가 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Add the SSH key on %1</source>
        <translation>%1에 SSH 키 추가</translation>
    </message>
    <message numerus="yes">
        <source>Open %n port rule(s) on %1</source>
        <translation>
            <numerusform>%1에서 포트 규칙 %n개 열기</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a %1 GB data disk on %2</source>
        <translation>%2에 %1 GB 데이터 디스크 만들기</translation>
    </message>
    <message>
        <source>Create the VM %1 on %2 (%3, %4)</source>
        <translation>%2에 VM %1 만들기(%3, %4)</translation>
    </message>
    <message>
        <source>Wait for %1 to start</source>
        <translation>%1이(가) 시작될 때까지 대기</translation>
    </message>
    <message>
        <source>Attach the data disk to %1</source>
        <translation>%1에 데이터 디스크 연결</translation>
    </message>
    <message>
        <source>Give %1 a public address</source>
        <translation>%1에 공인 주소 부여</translation>
    </message>
    <message>
        <source>%1 (%2): size %3 — %4</source>
        <translation>%1 (%2): 크기 %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): image %3 — %4</source>
        <translation>%1 (%2): 이미지 %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): data disk offering %3</source>
        <translation>%1 (%2): 데이터 디스크 오퍼링 %3</translation>
    </message>
</context>
<context>
    <name>RenderExport</name>
    <message>
        <source>Refusing to write &quot;%1&quot; outside the export folder.</source>
        <translation>내보내기 폴더 밖에 있는 &quot;%1&quot;에는 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to, or check that no file has that name.</source>
        <translation>폴더 %1을(를) 만들지 못했습니다. 쓰기 권한이 있는 폴더를 고르거나, 같은 이름의 파일이 없는지 확인하세요.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1에 쓰지 못했습니다: %2. 쓰기 권한이 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has free space and the folder is writable.</source>
        <translation>%1에 쓰지 못했습니다: %2. 디스크에 빈 공간이 있고 폴더에 쓸 수 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <source>%1: could not %2 — the %3 service sent an answer CloudTwin does not understand (%4). Check that the cloud&apos;s catalog points to the right %3 endpoint; if it does, report this to the CloudTwin developers.</source>
        <translation>%1: %2에 실패했습니다 — %3 서비스가 CloudTwin이 이해할 수 없는 응답을 보냈습니다(%4). 클라우드 카탈로그가 올바른 %3 엔드포인트를 가리키는지 확인하세요. 올바르다면 CloudTwin 개발자에게 알려 주세요.</translation>
    </message>
    <message>
        <source>Could not %1: the %2 service is not connected to a cloud session.</source>
        <translation>%1에 실패했습니다. %2 서비스가 클라우드 세션에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>%1바이트 위치의 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>본문이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>“%1”이(가) 없습니다</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>“%1”이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a list</source>
        <translation>“%1”이(가) 목록이 아닙니다</translation>
    </message>
    <message>
        <source>the pages link back to a page already read (%1)</source>
        <translation>페이지 링크가 이미 읽은 페이지로 되돌아갑니다(%1)</translation>
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
    <name>SpecFile</name>
    <message>
        <source>Unknown %1 %2. Did you mean %3?</source>
        <translation>알 수 없는 %1 %2입니다. %3을(를) 뜻하셨나요?</translation>
    </message>
    <message>
        <source>Unknown %1 %2. Choose one of: %3.</source>
        <translation>알 수 없는 %1 %2입니다. 다음 중 하나를 고르세요: %3.</translation>
    </message>
    <message>
        <source>The twin is on the same cloud account as the main VM, so one outage takes both down and the twin protects nothing. Pick another account (another cloud, or another project on it).</source>
        <translation>트윈이 메인 VM과 같은 클라우드 계정에 있어 장애 한 번에 둘 다 멈추므로 트윈이 아무것도 보호하지 못합니다. 다른 계정(다른 클라우드, 또는 같은 클라우드의 다른 프로젝트)을 고르세요.</translation>
    </message>
    <message>
        <source>Give the VM a name, such as web-01: 1 to 63 lower-case letters, digits or dashes, starting with a letter.</source>
        <translation>VM 이름을 정하세요(예: web-01). 영문 소문자, 숫자, 대시(-)로 1~63자이며 영문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; a VM name has at most 63.</source>
        <translation>%1은(는) %2자입니다. VM 이름은 최대 63자입니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid VM name: use lower-case letters, digits and dashes, start with a letter and do not end with a dash.</source>
        <translation>%1은(는) 올바른 VM 이름이 아닙니다. 영문 소문자, 숫자, 대시(-)만 쓰고, 영문자로 시작하며 대시로 끝나지 않게 하세요.</translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation>예: %1.</translation>
    </message>
    <message>
        <source>%1 vCPUs is not possible; give 1 to %2.</source>
        <translation>vCPU %1개는 불가능합니다. 1~%2 사이로 지정하세요.</translation>
    </message>
    <message>
        <source>%1 MB of memory is not possible; give 512 MB (memory_mb: 512) to 1024 GB (memory_gb: 1024).</source>
        <translation>메모리 %1MB는 불가능합니다. 512MB(memory_mb: 512)~1024GB(memory_gb: 1024) 사이로 지정하세요.</translation>
    </message>
    <message>
        <source>A %1 GB disk is not possible; give 1 to %2 GB.</source>
        <translation>%1GB 디스크는 불가능합니다. 1~%2GB 사이로 지정하세요.</translation>
    </message>
    <message>
        <source>operating system</source>
        <translation>운영체제</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>CloudTwin does not support %1 %2. Supported versions of %1: %3.</source>
        <translation>CloudTwin은 %1 %2을(를) 지원하지 않습니다. 지원하는 %1 버전: %3.</translation>
    </message>
    <message>
        <source>%1 is listed twice (also at %2); remove one.</source>
        <translation>%1이(가) 두 번 있습니다(%2에도 있음). 하나를 지우세요.</translation>
    </message>
    <message>
        <source>%1 and %2 cannot run side by side on one VM (they use the same port); keep one.</source>
        <translation>%1과(와) %2은(는) 같은 포트를 쓰므로 한 VM에서 함께 실행할 수 없습니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>Give the rule a short name, such as http.</source>
        <translation>규칙에 짧은 이름을 붙이세요(예: http).</translation>
    </message>
    <message>
        <source>%1 is not a valid rule name: up to 32 lower-case letters, digits, dashes or underscores, starting with a letter.</source>
        <translation>%1은(는) 올바른 규칙 이름이 아닙니다. 영문 소문자, 숫자, 대시(-), 밑줄(_)로 최대 32자이며 영문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is also the name of %2; give each rule its own name.</source>
        <translation>%1은(는) %2의 이름이기도 합니다. 규칙마다 다른 이름을 붙이세요.</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>icmp (ping) has no ports; remove port, from and to from this rule.</source>
        <translation>icmp(ping)에는 포트가 없습니다. 이 규칙에서 port, from, to를 지우세요.</translation>
    </message>
    <message>
        <source>Opens %1 to %2 again: %3 (%4) already does. Remove one, or merge them.</source>
        <translation>%1을(를) %2에 다시 엽니다. %3(%4)이(가) 이미 열고 있습니다. 하나를 지우거나 둘을 합치세요.</translation>
    </message>
    <message>
        <source>%1 is not a port number; ports go from 1 to 65535.</source>
        <translation>%1은(는) 포트 번호가 아닙니다. 포트는 1~65535입니다.</translation>
    </message>
    <message>
        <source>The range starts at %1 but ends at %2; from must not be greater than to.</source>
        <translation>범위가 %1에서 시작해 %2에서 끝납니다. from은 to보다 클 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is one address; write it as %1/%2 to allow only that address.</source>
        <translation>%1은(는) 주소 하나입니다. 그 주소만 허용하려면 %1/%2로 쓰세요.</translation>
    </message>
    <message>
        <source>%1 is not a network. Write it in CIDR notation, such as 203.0.113.0/24, or 0.0.0.0/0 for anyone.</source>
        <translation>%1은(는) 네트워크가 아닙니다. 203.0.113.0/24처럼 CIDR 표기로 쓰거나, 누구나 허용하려면 0.0.0.0/0으로 쓰세요.</translation>
    </message>
    <message>
        <source>%1 is not written as a network address; did you mean %2?</source>
        <translation>%1은(는) 네트워크 주소 형태가 아닙니다. %2을(를) 뜻하셨나요?</translation>
    </message>
    <message>
        <source>Paste an OpenSSH public key (the one line in your .pub file), or use generate: true to let CloudTwin make one.</source>
        <translation>OpenSSH 공개 키(.pub 파일의 한 줄)를 붙여 넣거나, generate: true로 CloudTwin이 키를 만들게 하세요.</translation>
    </message>
    <message>
        <source>This is a private key; never share it. Paste the public key instead: the one line in the file that ends in .pub.</source>
        <translation>이것은 개인 키입니다. 절대 공유하지 마세요. 대신 공개 키(.pub로 끝나는 파일의 한 줄)를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>An OpenSSH public key is one line (type, key, comment); this has several. Paste the one line from the .pub file.</source>
        <translation>OpenSSH 공개 키는 한 줄(유형, 키, 설명)인데 여러 줄이 들어 있습니다. .pub 파일의 한 줄을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>DSA keys are no longer accepted by OpenSSH servers. Make an ed25519 key (ssh-keygen -t ed25519) or use generate: true.</source>
        <translation>OpenSSH 서버는 더 이상 DSA 키를 받지 않습니다. ed25519 키를 만들거나(ssh-keygen -t ed25519) generate: true를 쓰세요.</translation>
    </message>
    <message>
        <source>This does not look like an OpenSSH public key: it should start with one of %1.</source>
        <translation>OpenSSH 공개 키가 아닌 것 같습니다. 다음 중 하나로 시작해야 합니다: %1.</translation>
    </message>
    <message>
        <source>The key data after %1 is damaged or cut short. Copy the whole line from the .pub file again.</source>
        <translation>%1 뒤의 키 데이터가 손상되었거나 잘렸습니다. .pub 파일에서 한 줄 전체를 다시 복사하세요.</translation>
    </message>
    <message>
        <source>A %1 GB data disk is not possible; give 1 to %2 GB, or 0 for none.</source>
        <translation>%1GB 데이터 디스크는 불가능합니다. 1~%2GB로 지정하거나, 필요 없으면 0으로 두세요.</translation>
    </message>
    <message>
        <source>%1 is not a folder CloudTwin can mount the disk on. Give an absolute path of letters, digits, dots, dashes and underscores, such as /data or /srv/files.</source>
        <translation>%1은(는) CloudTwin이 디스크를 마운트할 수 있는 폴더가 아닙니다. /data나 /srv/files처럼 영문자, 숫자, 점, 대시, 밑줄로 된 절대 경로를 쓰세요.</translation>
    </message>
    <message>
        <source>Mounting the data disk on %1 would hide the system&apos;s own files there. Pick a new folder, such as /data.</source>
        <translation>데이터 디스크를 %1에 마운트하면 그곳의 시스템 파일이 가려집니다. /data 같은 새 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>%1 minutes is outside what CloudTwin can keep to; give %2 to %3 minutes (copying to the twin takes a few minutes, and a copy is made at least once a day).</source>
        <translation>%1분은 CloudTwin이 지킬 수 있는 범위를 벗어납니다. %2~%3분으로 지정하세요(트윈으로 복사하는 데 몇 분이 걸리고, 복사는 적어도 하루에 한 번 합니다).</translation>
    </message>
    <message>
        <source>%1 minutes is outside the range; give 1 to %2 minutes.</source>
        <translation>%1분은 범위를 벗어납니다. 1~%2분으로 지정하세요.</translation>
    </message>
    <message>
        <source>Say which cloud account runs the main VM (a name from the Clouds list, or `cloudtwinctl cloud list`).</source>
        <translation>메인 VM을 실행할 클라우드 계정을 지정하세요(클라우드 목록이나 `cloudtwinctl cloud list`에 나오는 이름).</translation>
    </message>
    <message>
        <source>Say which cloud account runs the twin: another account than the main VM&apos;s (a name from the Clouds list, or `cloudtwinctl cloud list`).</source>
        <translation>트윈을 실행할 클라우드 계정을 지정하세요. 메인 VM과 다른 계정이어야 합니다(클라우드 목록이나 `cloudtwinctl cloud list`에 나오는 이름).</translation>
    </message>
    <message>
        <source>The spec is empty. Start it with the line “version: 1”, then name, purpose and the clouds (see docs/spec-format.md).</source>
        <translation>스펙이 비어 있습니다. “version: 1” 줄로 시작하고 이름, 용도, 클라우드를 적으세요(docs/spec-format.md 참고).</translation>
    </message>
    <message>
        <source>A spec is a YAML mapping of “field: value” lines, starting with “version: 1” (see docs/spec-format.md).</source>
        <translation>스펙은 “version: 1”로 시작하는 “필드: 값” 줄들로 된 YAML 매핑입니다(docs/spec-format.md 참고).</translation>
    </message>
    <message>
        <source>Unknown field. The fields here are: %1.</source>
        <translation>알 수 없는 필드입니다. 여기에 쓸 수 있는 필드: %1.</translation>
    </message>
    <message>
        <source>Unknown field. Did you mean %1?</source>
        <translation>알 수 없는 필드입니다. %1을(를) 뜻하셨나요?</translation>
    </message>
    <message>
        <source>This field appears twice; keep one.</source>
        <translation>이 필드가 두 번 나옵니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>Expected a single value here, not a list or a mapping.</source>
        <translation>여기에는 목록이나 매핑이 아닌 값 하나가 와야 합니다.</translation>
    </message>
    <message>
        <source>Give a whole number here.</source>
        <translation>여기에 정수를 쓰세요.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is neither true nor false.</source>
        <translation>%1은(는) true도 false도 아닙니다.</translation>
    </message>
    <message>
        <source>Expected a mapping with the fields %1.</source>
        <translation>다음 필드로 된 매핑이 와야 합니다: %1.</translation>
    </message>
    <message>
        <source>Expected a list, such as %1.</source>
        <translation>%1 같은 목록이 와야 합니다.</translation>
    </message>
    <message>
        <source>Missing. Start the spec with the line “version: 1”.</source>
        <translation>빠져 있습니다. 스펙을 “version: 1” 줄로 시작하세요.</translation>
    </message>
    <message>
        <source>This spec is written in format version %1; this CloudTwin reads version %2. Update CloudTwin to read it.</source>
        <translation>이 스펙은 형식 버전 %1로 쓰였고, 이 CloudTwin은 버전 %2을(를) 읽습니다. 읽으려면 CloudTwin을 업데이트하세요.</translation>
    </message>
    <message>
        <source>There is no format version %1; write “version: 1”.</source>
        <translation>형식 버전 %1은(는) 없습니다. “version: 1”로 쓰세요.</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>For your own numbers, write them instead of “custom”: size: {cpus: 2, memory_gb: 4, disk_gb: 40}.</source>
        <translation>원하는 값을 쓰려면 “custom” 대신 값을 직접 적으세요: size: {cpus: 2, memory_gb: 4, disk_gb: 40}.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Or give your own numbers: size: {cpus: 2, memory_gb: 4, disk_gb: 40}.</source>
        <translation>또는 값을 직접 적으세요: size: {cpus: 2, memory_gb: 4, disk_gb: 40}.</translation>
    </message>
    <message>
        <source>Expected small, medium, large, xlarge or your own numbers: {cpus: 2, memory_gb: 4, disk_gb: 40}.</source>
        <translation>small, medium, large, xlarge 중 하나나 직접 정한 값이 와야 합니다: {cpus: 2, memory_gb: 4, disk_gb: 40}.</translation>
    </message>
    <message>
        <source>Missing. Say how many virtual CPUs, such as cpus: 2.</source>
        <translation>빠져 있습니다. 가상 CPU 개수를 적으세요(예: cpus: 2).</translation>
    </message>
    <message>
        <source>Give memory once: memory_gb or memory_mb, not both.</source>
        <translation>메모리는 memory_gb와 memory_mb 중 하나로 한 번만 적으세요.</translation>
    </message>
    <message>
        <source>Missing. Say how much memory, such as memory_gb: 4.</source>
        <translation>빠져 있습니다. 메모리 크기를 적으세요(예: memory_gb: 4).</translation>
    </message>
    <message>
        <source>Missing. Say how big the system disk is, such as disk_gb: 40.</source>
        <translation>빠져 있습니다. 시스템 디스크 크기를 적으세요(예: disk_gb: 40).</translation>
    </message>
    <message>
        <source>Missing. Name the operating system, such as family: ubuntu.</source>
        <translation>빠져 있습니다. 운영체제를 적으세요(예: family: ubuntu).</translation>
    </message>
    <message>
        <source>Expected the name of a software bundle: %1.</source>
        <translation>소프트웨어 번들 이름이 와야 합니다: %1.</translation>
    </message>
    <message>
        <source>software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <source>Expected a rule such as {name: http, port: 80}, or {name: app, from: 8000, to: 8100, source: 10.0.0.0/8}.</source>
        <translation>{name: http, port: 80}이나 {name: app, from: 8000, to: 8100, source: 10.0.0.0/8} 같은 규칙이 와야 합니다.</translation>
    </message>
    <message>
        <source>Give either port (one port) or from and to (a range), not both.</source>
        <translation>port(포트 하나)와 from·to(범위) 중 하나만 쓰세요.</translation>
    </message>
    <message>
        <source>Missing. A range needs from and to, such as from: 8000, to: 8100.</source>
        <translation>빠져 있습니다. 범위에는 from과 to가 모두 필요합니다(예: from: 8000, to: 8100).</translation>
    </message>
    <message>
        <source>Missing. Say which port to open, such as port: 80.</source>
        <translation>빠져 있습니다. 열 포트를 적으세요(예: port: 80).</translation>
    </message>
    <message>
        <source>Choose one: generate: true (CloudTwin makes a key) or public_key (yours), not both.</source>
        <translation>generate: true(CloudTwin이 키를 만듦)와 public_key(직접 가진 키) 중 하나만 고르세요.</translation>
    </message>
    <message>
        <source>Missing. With generate: false, paste your OpenSSH public key here (the one line in your .pub file).</source>
        <translation>빠져 있습니다. generate: false이면 여기에 OpenSSH 공개 키(.pub 파일의 한 줄)를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Missing. Say how big the data disk is, such as size_gb: 100.</source>
        <translation>빠져 있습니다. 데이터 디스크 크기를 적으세요(예: size_gb: 100).</translation>
    </message>
    <message>
        <source>The file is not valid YAML: line %1, column %2: %3. Fix the line (check indentation and colons) and try again.</source>
        <translation>올바른 YAML 파일이 아닙니다: %1번째 줄 %2번째 열: %3. 그 줄(들여쓰기와 콜론)을 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and that you may read the file.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 경로와 파일 읽기 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is %2 KB; a spec is a few hundred bytes. Check that this is the right file.</source>
        <translation>%1은(는) %2KB입니다. 스펙은 보통 수백 바이트입니다. 올바른 파일인지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>TerraformRenderer</name>
    <message>
        <source>main</source>
        <translation>메인</translation>
    </message>
    <message>
        <source>twin</source>
        <translation>트윈</translation>
    </message>
    <message>
        <source>No size was chosen for the %1 VM on cloud &quot;%2&quot;. Pick a flavor or service offering under Advanced, or a size class the cloud offers.</source>
        <translation>클라우드 &quot;%2&quot;의 %1 VM 크기가 정해지지 않았습니다. 고급 설정에서 플레이버나 서비스 오퍼링을 고르거나, 이 클라우드가 제공하는 크기 등급을 고르세요.</translation>
    </message>
    <message>
        <source>No image was chosen for the %1 VM on cloud &quot;%2&quot;. Pick an image or template under Advanced, or an operating system the cloud offers.</source>
        <translation>클라우드 &quot;%2&quot;의 %1 VM 이미지가 정해지지 않았습니다. 고급 설정에서 이미지나 템플릿을 고르거나, 이 클라우드가 제공하는 운영 체제를 고르세요.</translation>
    </message>
    <message>
        <source>No zone was chosen for the %1 VM on CloudStack cloud &quot;%2&quot;. CloudStack needs a zone: choose one for this cloud.</source>
        <translation>CloudStack 클라우드 &quot;%2&quot;의 %1 VM 존이 정해지지 않았습니다. CloudStack에는 존이 필요하니 이 클라우드의 존을 고르세요.</translation>
    </message>
    <message>
        <source>CloudStack cloud &quot;%1&quot; needs a disk offering for the %2 GB data disk of the %3 VM. Choose a disk offering, or remove the data disk.</source>
        <translation>CloudStack 클라우드 &quot;%1&quot;에서 %3 VM의 %2 GB 데이터 디스크를 만들려면 디스크 오퍼링이 필요합니다. 디스크 오퍼링을 고르거나 데이터 디스크를 빼세요.</translation>
    </message>
    <message>
        <source>The main and twin sides were passed the wrong way round.</source>
        <translation>메인과 트윈이 뒤바뀌어 전달되었습니다.</translation>
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
    <message>
        <source>Give the cloud a name.</source>
        <translation>클라우드 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>You already have a cloud named %1. Choose another name.</source>
        <translation>이름이 %1인 클라우드가 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>save the cloud account</source>
        <translation>클라우드 계정 저장</translation>
    </message>
    <message>
        <source>list cloud accounts</source>
        <translation>클라우드 계정 목록 조회</translation>
    </message>
    <message>
        <source>read the cloud account</source>
        <translation>클라우드 계정 읽기</translation>
    </message>
    <message>
        <source>There is no cloud account %1.</source>
        <translation>클라우드 계정 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no cloud named %1. See your clouds with: cloudtwinctl cloud list</source>
        <translation>이름이 %1인 클라우드가 없습니다. 클라우드 목록 보기: cloudtwinctl cloud list</translation>
    </message>
    <message>
        <source>remove the cloud account</source>
        <translation>클라우드 계정 제거</translation>
    </message>
    <message>
        <source>remember a cloud job</source>
        <translation>클라우드 작업 기억</translation>
    </message>
    <message>
        <source>forget a cloud job</source>
        <translation>클라우드 작업 잊기</translation>
    </message>
    <message>
        <source>list cloud jobs</source>
        <translation>클라우드 작업 목록 읽기</translation>
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
    <name>VolumeService</name>
    <message>
        <source>%1: could not %2 — the cloud&apos;s catalog has no block storage (Cinder v3) endpoint for this region. Check the region in this cloud&apos;s settings; CloudTwin then works without volumes.</source>
        <translation>%1: %2에 실패했습니다 — 클라우드 카탈로그에 이 리전의 블록 스토리지(Cinder v3) 엔드포인트가 없습니다. 이 클라우드 설정에서 리전을 확인하세요. 이 엔드포인트가 없으면 CloudTwin은 볼륨 없이 작동합니다.</translation>
    </message>
    <message>
        <source>a volume record is not an object</source>
        <translation>볼륨 레코드가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>a volume record has no “id”</source>
        <translation>볼륨 레코드에 “id”가 없습니다</translation>
    </message>
    <message>
        <source>read volume %1</source>
        <translation>볼륨 %1 읽기</translation>
    </message>
    <message>
        <source>list volumes</source>
        <translation>볼륨 목록 조회</translation>
    </message>
    <message>
        <source>create volume “%1”</source>
        <translation>볼륨 “%1” 만들기</translation>
    </message>
    <message>
        <source>delete volume %1</source>
        <translation>볼륨 %1 삭제</translation>
    </message>
    <message>
        <source>upload volume %1 to image “%2”</source>
        <translation>볼륨 %1을(를) 이미지 “%2”(으)로 업로드</translation>
    </message>
    <message>
        <source>%1: could not %2 — the volume is attached to a server. Only detached volumes can be uploaded (forcing it needs the cloud&apos;s enable_force_upload option, which is off by default). Take a snapshot, create a volume from it and upload that volume instead.</source>
        <translation>%1: %2에 실패했습니다 — 볼륨이 서버에 연결되어 있습니다. 분리된 볼륨만 업로드할 수 있습니다(강제 업로드하려면 클라우드의 enable_force_upload 옵션이 필요하며, 이 옵션은 기본적으로 꺼져 있습니다). 대신 스냅샷을 만들고, 그 스냅샷에서 볼륨을 만든 후 그 볼륨을 업로드하세요.</translation>
    </message>
    <message>
        <source>%1: could not %2 — the volume is “%3”; it must be Ǌvailable”. Wait for its current task to finish and try again.</source>
        <translation>%1: %2에 실패했습니다 — 볼륨이 “%3” 상태입니다. “available” 상태여야 합니다. 현재 작업이 끝날 때까지 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>the answer has no “image_id”</source>
        <translation>응답에 “image_id”가 없습니다</translation>
    </message>
    <message>
        <source>wait for volume %1</source>
        <translation>볼륨 %1 대기</translation>
    </message>
    <message>
        <source>%1: volume %2 (“%3”) went to “%4” instead of %5. Look at the volume in the cloud&apos;s dashboard; the cloud&apos;s administrator can see why in the Cinder logs.</source>
        <translation>%1: 볼륨 %2(“%3”)이(가) %5 상태가 되지 않고 “%4” 상태가 되었습니다. 클라우드 대시보드에서 볼륨을 확인하세요. 클라우드 관리자는 Cinder 로그에서 원인을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: volume %2 is still “%3” after the time allowed (waiting for %4). It may still get there; check it again later.</source>
        <translation>%1: 허용된 시간이 지났지만 볼륨 %2이(가) 아직 “%3” 상태입니다(%4 상태를 기다리는 중). 나중에 그 상태가 될 수도 있으니 잠시 후 다시 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ct</name>
    <message>
        <source>%1: the setting “%2” is empty. Fill it in in this cloud&apos;s settings (it is in the clouds.yaml or openrc file your cloud provides).</source>
        <translation>%1: “%2” 설정이 비어 있습니다. 이 클라우드 설정에서 값을 입력하세요(클라우드에서 제공하는 clouds.yaml 또는 openrc 파일에 있습니다).</translation>
    </message>
    <message>
        <source>%1: the auth URL “%2” is not an http(s) address. It looks like https://keystone.example.com:5000/v3.</source>
        <translation>%1: 인증 URL “%2”이(가) http(s) 주소가 아닙니다. 인증 URL은 https://keystone.example.com:5000/v3와 같은 형식입니다.</translation>
    </message>
    <message>
        <source>%1: an application credential given by name (%2) also needs its user (user_id, or username with its domain). Fill it in, or use the credential&apos;s id instead.</source>
        <translation>%1: 이름(%2)으로 지정한 애플리케이션 자격 증명에는 해당 사용자 정보(user_id, 또는 username과 해당 도메인)도 필요합니다. 사용자 정보를 입력하거나, 대신 자격 증명의 ID를 사용하세요.</translation>
    </message>
    <message>
        <source>%1: the auth type “%2” is not supported. Use “password” or “v3applicationcredential”.</source>
        <translation>%1: 인증 유형 “%2”은(는) 지원되지 않습니다. “password” 또는 “v3applicationcredential”을 사용하세요.</translation>
    </message>
    <message>
        <source>Unknown cloud kind.</source>
        <translation>알 수 없는 클라우드 종류입니다.</translation>
    </message>
    <message>
        <source>%1: the CloudStack API URL is empty. Fill it in in this cloud&apos;s settings; it looks like https://cloud.example.com/client/api.</source>
        <translation>%1: CloudStack API URL이 비어 있습니다. 이 클라우드의 설정에서 입력하세요. https://cloud.example.com/client/api 같은 형태입니다.</translation>
    </message>
    <message>
        <source>%1: the CloudStack API URL “%2” is not an http(s) address. It looks like https://cloud.example.com/client/api.</source>
        <translation>%1: CloudStack API URL “%2”은(는) http(s) 주소가 아닙니다. https://cloud.example.com/client/api 같은 형태입니다.</translation>
    </message>
    <message>
        <source>%1: the CloudStack secret key is empty. Copy it from the CloudStack UI (your user&apos;s “Generate keys”) into this cloud&apos;s settings.</source>
        <translation>%1: CloudStack 시크릿 키가 비어 있습니다. CloudStack UI(사용자의 “키 생성”)에서 복사해 이 클라우드의 설정에 넣으세요.</translation>
    </message>
    <message>
        <source>%1: give either an API key and secret key, or a user name and password (with the domain path, “/” for ROOT) for this CloudStack cloud.</source>
        <translation>%1: 이 CloudStack 클라우드에 API 키와 시크릿 키, 또는 사용자 이름과 비밀번호(도메인 경로 포함, ROOT는 “/”) 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>%1: the password of CloudStack user %2 is empty. Fill it in in this cloud&apos;s settings.</source>
        <translation>%1: CloudStack 사용자 %2의 비밀번호가 비어 있습니다. 이 클라우드의 설정에서 입력하세요.</translation>
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
    <name>ct::AccessPage</name>
    <message>
        <source>Anyone</source>
        <translation>누구나</translation>
    </message>
    <message>
        <source>Who may reach the server, and how?</source>
        <translation>누가 어떻게 서버에 접속할 수 있나요?</translation>
    </message>
    <message>
        <source>Only the services listed here are open; everything else is blocked by the clouds&apos; firewalls and the VM&apos;s own.</source>
        <translation>여기에 나열된 서비스만 열립니다. 나머지는 모두 클라우드의 방화벽과 VM 자체 방화벽이 막습니다.</translation>
    </message>
    <message>
        <source>Open &amp;services:</source>
        <translation>열 서비스(&amp;S):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Port or range</source>
        <translation>포트 또는 범위</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Who may connect</source>
        <translation>접속 허용 대상</translation>
    </message>
    <message>
        <source>Open services</source>
        <translation>열 서비스</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>서비스 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Web (HTTP, port 80)</source>
        <translation>웹 (HTTP, 포트 80)</translation>
    </message>
    <message>
        <source>Secure web (HTTPS, port 443)</source>
        <translation>보안 웹 (HTTPS, 포트 443)</translation>
    </message>
    <message>
        <source>SSH (port 22)</source>
        <translation>SSH (포트 22)</translation>
    </message>
    <message>
        <source>PostgreSQL (port 5432)</source>
        <translation>PostgreSQL (포트 5432)</translation>
    </message>
    <message>
        <source>MySQL or MariaDB (port 3306)</source>
        <translation>MySQL 또는 MariaDB (포트 3306)</translation>
    </message>
    <message>
        <source>Ping (ICMP)</source>
        <translation>핑 (ICMP)</translation>
    </message>
    <message>
        <source>Other service…</source>
        <translation>다른 서비스…</translation>
    </message>
    <message>
        <source>&amp;Remove service</source>
        <translation>서비스 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Who may connect: “Anyone”, or a network such as 203.0.113.0/24 (your office) or 10.0.0.0/8 (private addresses only).</source>
        <translation>접속 허용 대상: “누구나” 또는 203.0.113.0/24(사무실) 이나 10.0.0.0/8(사설 주소만) 같은 네트워크.</translation>
    </message>
    <message>
        <source>SSH key: how you sign in to the VMs</source>
        <translation>SSH 키: VM에 로그인하는 방법</translation>
    </message>
    <message>
        <source>&amp;Create a new key for me (recommended)</source>
        <translation>새 키 만들기(&amp;C) (권장)</translation>
    </message>
    <message>
        <source>CloudTwin makes an ed25519 key pair. The private key is kept with your cloud passwords (in the keychain or CloudTwin&apos;s encrypted file); only the public key goes to the clouds.</source>
        <translation>CloudTwin이 ed25519 키 쌍을 만듭니다. 개인 키는 클라우드 비밀번호와 함께(키체인 또는 CloudTwin의 암호화된 파일에) 보관되고, 클라우드에는 공개 키만 전달됩니다.</translation>
    </message>
    <message>
        <source>&amp;Use my own public key:</source>
        <translation>내 공개 키 사용(&amp;U):</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@laptop (the one line in your .pub file)</source>
        <translation>ssh-ed25519 AAAA… you@laptop (.pub 파일의 한 줄)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>공개 키</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>파일 선택(&amp;F)…</translation>
    </message>
    <message>
        <source>Name of service %1</source>
        <translation>서비스 %1의 이름</translation>
    </message>
    <message>
        <source>Port or range of service %1</source>
        <translation>서비스 %1의 포트 또는 범위</translation>
    </message>
    <message>
        <source>e.g. 8080 or 8000-8100</source>
        <translation>예: 8080 또는 8000-8100</translation>
    </message>
    <message>
        <source>Protocol of service %1</source>
        <translation>서비스 %1의 프로토콜</translation>
    </message>
    <message>
        <source>ICMP (ping)</source>
        <translation>ICMP (핑)</translation>
    </message>
    <message>
        <source>Who may connect to service %1</source>
        <translation>서비스 %1에 접속할 수 있는 대상</translation>
    </message>
    <message>
        <source>Private networks (10.0.0.0/8)</source>
        <translation>사설 네트워크 (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Anyone, or e.g. 203.0.113.0/24</source>
        <translation>누구나, 또는 예: 203.0.113.0/24</translation>
    </message>
    <message>
        <source>no ports</source>
        <translation>포트 없음</translation>
    </message>
    <message>
        <source>Choose Your Public Key</source>
        <translation>공개 키 선택</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>공개 키 (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 is too big to be a public key. Choose the file ending in .pub.</source>
        <translation>%1은(는) 공개 키라고 하기에는 너무 큽니다. .pub으로 끝나는 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is a private key; keep it to yourself. Choose the public key next to it, %2.</source>
        <translation>%1은(는) 개인 키입니다. 다른 사람에게 주지 마세요. 옆에 있는 공개 키 %2을(를) 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the port the service listens on, such as 8080, or a range such as 8000-8100.</source>
        <translation>서비스가 사용하는 포트(예: 8080)나 범위(예: 8000-8100)를 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a port: write a number such as 8080, or a range such as 8000-8100.</source>
        <translation>“%1”은(는) 포트가 아닙니다. 8080 같은 숫자나 8000-8100 같은 범위를 쓰세요.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Service %1 (%2): %3</source>
        <translation>서비스 %1 (%2): %3</translation>
    </message>
    <message>
        <source>No service is open, so nobody can reach the server, not even you over SSH. Add SSH unless you mean it.</source>
        <translation>열린 서비스가 없어서 아무도 서버에 접속할 수 없습니다. SSH로 접속하는 사용자 자신도 마찬가지입니다. 의도한 것이 아니라면 SSH를 추가하세요.</translation>
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
    <name>ct::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>(요청 %1)</translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid.</source>
        <translation>클라우드가 요청이 올바르지 않다며 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the user name, password and project (or the application credential) in this cloud&apos;s settings.</source>
        <translation>이 클라우드 설정에서 사용자 이름, 비밀번호, 프로젝트(또는 애플리케이션 자격 증명)를 확인하세요.</translation>
    </message>
    <message>
        <source>The project&apos;s quota is used up. Delete something you no longer need, or ask the cloud&apos;s administrator for more quota.</source>
        <translation>프로젝트의 할당량을 모두 사용했습니다. 더 이상 필요 없는 항목을 삭제하거나 클라우드 관리자에게 할당량을 늘려 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Your account may not do this in this project. Ask the cloud&apos;s administrator for the role that allows it.</source>
        <translation>이 프로젝트에서 이 작업을 할 권한이 계정에 없을 수 있습니다. 클라우드 관리자에게 이 작업을 허용하는 역할을 요청하세요.</translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile. Refresh and try again.</source>
        <translation>그사이에 삭제되었을 수 있습니다. 새로 고친 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>It is busy or in the wrong state for this. Wait for its current task to finish, then try again.</source>
        <translation>사용 중이거나 이 작업을 할 수 없는 상태입니다. 현재 작업이 끝날 때까지 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The cloud is limiting requests and asks to wait %1 s. Try again then.</source>
        <translation>클라우드가 요청 수를 제한하고 있으며 %1초 기다리라고 요청했습니다. 그 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The cloud is limiting requests. Wait a little and try again.</source>
        <translation>클라우드가 요청 수를 제한하고 있습니다. 잠시 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The %1 service is not available right now. Try again later; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation>지금은 %1 서비스를 사용할 수 없습니다. 나중에 다시 시도하세요. 문제가 계속되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>The %1 service had an internal error. Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation>%1 서비스에 내부 오류가 발생했습니다. 다시 시도하세요. 문제가 계속되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>The cloud answered with an unexpected HTTP status.</source>
        <translation>클라우드가 예상하지 못한 HTTP 상태로 응답했습니다.</translation>
    </message>
    <message>
        <source>%1: could not %2 (%3 service, HTTP %4).</source>
        <translation>%1: %2에 실패했습니다(%3 서비스, HTTP %4).</translation>
    </message>
    <message>
        <source>The cloud said: “%1”.</source>
        <translation>클라우드 메시지: “%1”.</translation>
    </message>
    <message>
        <source>%1: could not %2 — the TLS certificate of %3 is not trusted (%4). If the cloud uses its own certificate authority, add its CA bundle (cacert) in this cloud&apos;s settings.</source>
        <translation>%1: %2에 실패했습니다 — %3의 TLS 인증서를 신뢰할 수 없습니다(%4). 클라우드가 자체 인증 기관을 사용한다면 이 클라우드 설정에서 CA 번들(cacert)을 추가하세요.</translation>
    </message>
    <message>
        <source>%1: could not %2 — %3 did not answer in time (%4 service). Check the network, or try again later.</source>
        <translation>%1: %2에 실패했습니다 — %3이(가) 제시간에 응답하지 않았습니다(%4 서비스). 네트워크를 확인하거나 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1: could not %2 — the host name %3 is unknown. Check the address in this cloud&apos;s settings and your DNS.</source>
        <translation>%1: %2에 실패했습니다 — 호스트 이름 %3을(를) 알 수 없습니다. 이 클라우드 설정의 주소와 DNS를 확인하세요.</translation>
    </message>
    <message>
        <source>%1: could not %2 — %3 refused the connection (%4 service). The service may be down, or the address or port is wrong.</source>
        <translation>%1: %2에 실패했습니다 — %3이(가) 연결을 거부했습니다(%4 서비스). 서비스가 중단되었거나 주소 또는 포트가 잘못되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: could not %2 — the connection to %3 failed: %4</source>
        <translation>%1: %2에 실패했습니다 — %3에 연결하지 못했습니다: %4</translation>
    </message>
</context>
<context>
    <name>ct::ApiSession</name>
    <message>
        <source>%1: the CA bundle %2 could not be read or holds no PEM certificate. Check the path in the cloud&apos;s settings (cacert).</source>
        <translation>%1: CA 번들 %2을(를) 읽을 수 없거나 PEM 인증서가 들어 있지 않습니다. 클라우드 설정의 경로(cacert)를 확인하세요.</translation>
    </message>
    <message>
        <source>%1: the cloud refused the credentials.</source>
        <translation>%1: 클라우드가 자격 증명을 거부했습니다.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: 취소되었습니다.</translation>
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
    <message>
        <source>Keystone v3 URL.</source>
        <translation>Keystone v3 URL.</translation>
    </message>
    <message>
        <source>Cloud user name.</source>
        <translation>클라우드 사용자 이름.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Project name.</source>
        <translation>프로젝트 이름.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>Project id.</source>
        <translation>프로젝트 ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User domain name.</source>
        <translation>사용자 도메인 이름.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Project domain name.</source>
        <translation>프로젝트 도메인 이름.</translation>
    </message>
    <message>
        <source>Region name.</source>
        <translation>리전 이름.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>CA bundle file.</source>
        <translation>CA 번들 파일.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates.</source>
        <translation>TLS 인증서를 확인하지 않습니다.</translation>
    </message>
    <message>
        <source>Application credential id.</source>
        <translation>애플리케이션 자격 증명 ID.</translation>
    </message>
    <message>
        <source>Read the cloud secret from stdin.</source>
        <translation>표준 입력에서 클라우드 시크릿을 읽습니다.</translation>
    </message>
    <message>
        <source>clouds.yaml file.</source>
        <translation>clouds.yaml 파일.</translation>
    </message>
    <message>
        <source>Cloud name.</source>
        <translation>클라우드 이름.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Replace clouds of the same name.</source>
        <translation>이름이 같은 클라우드를 교체합니다.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>확인을 묻지 않습니다.</translation>
    </message>
    <message>
        <source>Wait until the action is done.</source>
        <translation>작업이 끝날 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>Hard reboot.</source>
        <translation>강제 재부팅합니다.</translation>
    </message>
    <message>
        <source>unknown command &quot;cloud %1&quot;</source>
        <translation>알 수 없는 명령: &quot;cloud %1&quot;</translation>
    </message>
    <message>
        <source>vm delete needs --yes when there is no terminal to ask for confirmation</source>
        <translation>확인을 물어볼 터미널이 없으면 vm delete에 --yes가 필요합니다</translation>
    </message>
    <message>
        <source>unknown command &quot;vm %1&quot;</source>
        <translation>알 수 없는 명령: &quot;vm %1&quot;</translation>
    </message>
    <message>
        <source>The cloud name is empty.</source>
        <translation>클라우드 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The cloud name &quot;%1&quot; starts or ends with a space.</source>
        <translation>클라우드 이름 &quot;%1&quot;의 앞이나 뒤에 공백이 있습니다.</translation>
    </message>
    <message>
        <source>The cloud name is longer than 64 characters.</source>
        <translation>클라우드 이름이 64자보다 깁니다.</translation>
    </message>
    <message>
        <source>The cloud name contains a control character.</source>
        <translation>클라우드 이름에 제어 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;%2&quot;</source>
        <translation>--%1은(는) &quot;%2&quot;에 적용되지 않습니다</translation>
    </message>
    <message>
        <source>The cloud&apos;s password or secret is empty. Nothing was stored.</source>
        <translation>클라우드 비밀번호 또는 시크릿이 비어 있습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>cloud add openstack needs --auth-url URL (the Keystone v3 address, e.g. https://keystone.example.com:5000/v3)</source>
        <translation>cloud add openstack에는 --auth-url URL(Keystone v3 주소, 예: https://keystone.example.com:5000/v3)이 필요합니다</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --application-credential-id: the credential already names its user and project</source>
        <translation>--%1은(는) --application-credential-id와 함께 사용할 수 없습니다. 자격 증명에 이미 사용자와 프로젝트가 지정되어 있습니다</translation>
    </message>
    <message>
        <source>cloud add openstack needs --username USER (or --application-credential-id ID)</source>
        <translation>cloud add openstack에는 --username USER(또는 --application-credential-id ID)가 필요합니다</translation>
    </message>
    <message>
        <source>cloud add openstack needs --project PROJECT (or --project-id ID)</source>
        <translation>cloud add openstack에는 --project PROJECT(또는 --project-id ID)가 필요합니다</translation>
    </message>
    <message>
        <source>--insecure and --cacert contradict each other; use one</source>
        <translation>--insecure와 --cacert는 서로 충돌합니다. 하나만 사용하세요</translation>
    </message>
    <message>
        <source>--auth-url &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>--auth-url &quot;%1&quot;은(는) http:// 또는 https:// 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>--cacert %1: no readable file there.</source>
        <translation>--cacert %1: 해당 위치에 읽을 수 있는 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http; the cloud&apos;s password will cross the network unencrypted.</source>
        <translation>경고: %1은(는) 암호화되지 않은 http입니다. 클라우드 비밀번호가 암호화되지 않은 채로 네트워크를 통해 전송됩니다.</translation>
    </message>
    <message>
        <source>Warning: certificate checks are off for %1 (--insecure).</source>
        <translation>경고: %1에 대한 인증서 확인이 꺼져 있습니다(--insecure).</translation>
    </message>
    <message>
        <source>A cloud named %1 already exists. Remove it first (cloudtwinctl cloud remove %1) or choose another name.</source>
        <translation>이름이 %1인 클라우드가 이미 있습니다. 먼저 제거하거나(cloudtwinctl cloud remove %1) 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Password of %1 on cloud %2: </source>
        <translation>클라우드 %2의 %1 비밀번호: </translation>
    </message>
    <message>
        <source>Application credential secret for cloud %1: </source>
        <translation>클라우드 %1의 애플리케이션 자격 증명 시크릿: </translation>
    </message>
    <message>
        <source>Cloud %1 added with cloudtwinctl.</source>
        <translation>cloudtwinctl로 클라우드 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Cloud %1 added; its secret is kept in the %2. Check it with: cloudtwinctl cloud test %1</source>
        <translation>클라우드 %1을(를) 추가했습니다. 비밀 정보는 %2에 보관됩니다. 다음 명령으로 확인하세요: cloudtwinctl cloud test %1</translation>
    </message>
    <message>
        <source>There is no cloud named %1 in %2.</source>
        <translation>%2에 이름이 %1인 클라우드가 없습니다.</translation>
    </message>
    <message>
        <source>the OS_* environment</source>
        <translation>OS_* 환경 변수</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>가져오지 않음: %1</translation>
    </message>
    <message>
        <source>Reading %1%2</source>
        <translation>읽는 중: %1%2</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> 및 %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Cloud %1 imported from %2 with cloudtwinctl.</source>
        <translation>cloudtwinctl로 %2에서 클라우드 %1을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>가져옴: %1 (%2)</translation>
    </message>
    <message>
        <source> — needs a password: cloudtwinctl cloud set-password %1</source>
        <translation> — 비밀번호가 필요합니다: cloudtwinctl cloud set-password %1</translation>
    </message>
    <message>
        <source>Skipped %1: a cloud with this name already exists (add --replace to overwrite it).</source>
        <translation>%1을(를) 건너뛰었습니다: 이름이 같은 클라우드가 이미 있습니다(덮어쓰려면 --replace를 추가하세요).</translation>
    </message>
    <message>
        <source>Replacing %1.</source>
        <translation>%1을(를) 교체합니다.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>비밀 정보</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (프로젝트 %2)</translation>
    </message>
    <message>
        <source>No clouds yet. Add one with: cloudtwinctl cloud add openstack NAME --auth-url URL ...</source>
        <translation>아직 클라우드가 없습니다. 다음 명령으로 추가하세요: cloudtwinctl cloud add openstack NAME --auth-url URL ...</translation>
    </message>
    <message>
        <source>There is no cloud named %1. See: cloudtwinctl cloud list</source>
        <translation>이름이 %1인 클라우드가 없습니다. 확인: cloudtwinctl cloud list</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>cloudtwinctl: cloud %1: not every service answered; see the table.</source>
        <translation>cloudtwinctl: 클라우드 %1: 일부 서비스가 응답하지 않았습니다. 표를 확인하세요.</translation>
    </message>
    <message>
        <source>Cloud %1 removed with cloudtwinctl.</source>
        <translation>cloudtwinctl로 클라우드 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>Cloud %1 and its stored secret were removed. Its VMs were not touched.</source>
        <translation>클라우드 %1과(와) 저장된 비밀 정보를 제거했습니다. 클라우드의 VM은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The secret of cloud %1 was stored. Check it with: cloudtwinctl cloud test %1</source>
        <translation>클라우드 %1의 비밀 정보를 저장했습니다. 다음 명령으로 확인하세요: cloudtwinctl cloud test %1</translation>
    </message>
    <message>
        <source>cloudtwinctl: cloud %1 could not be listed: %2</source>
        <translation>cloudtwinctl: 클라우드 %1의 목록을 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>POWER</source>
        <translation>전원</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>%1 vCPU / %2 MB / %3 GB</source>
        <translation>%1 vCPU / %2 MB / %3 GB</translation>
    </message>
    <message>
        <source>%1 in cloud %2</source>
        <translation>클라우드 %2의 %1</translation>
    </message>
    <message>
        <source>%1 names %2 VMs: %3. Use the ID (or --cloud NAME).</source>
        <translation>%1은(는) VM %2개의 이름입니다: %3. ID(또는 --cloud NAME)를 사용하세요.</translation>
    </message>
    <message>
        <source>No VM has the ID or name %1. See: cloudtwinctl vm list</source>
        <translation>ID 또는 이름이 %1인 VM이 없습니다. 확인: cloudtwinctl vm list</translation>
    </message>
    <message>
        <source>No VM has the ID or name %1 in the clouds that answered.</source>
        <translation>응답한 클라우드에 ID 또는 이름이 %1인 VM이 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>클라우드:</translation>
    </message>
    <message>
        <source>%1 (Sandbox)</source>
        <translation>%1 (샌드박스)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>전원:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB RAM, %3 GB disk%4</source>
        <translation>vCPU %1개, RAM %2 MB, 디스크 %3 GB%4</translation>
    </message>
    <message>
        <source> (flavor %1)</source>
        <translation> (플레이버 %1)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성 시각:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>작업:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>영역:</translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation>키 페어:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>VM %1 (%2) in cloud %3</source>
        <translation>클라우드 %3의 VM %1(%2)</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone. [y/N] </source>
        <translation>%1을(를) 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다. [y/N] </translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1이(가) 실행 중입니다.</translation>
    </message>
    <message>
        <source>Start of %1 requested.</source>
        <translation>%1 시작을 요청했습니다.</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>%1이(가) 중지되었습니다.</translation>
    </message>
    <message>
        <source>Stop of %1 requested.</source>
        <translation>%1 중지를 요청했습니다.</translation>
    </message>
    <message>
        <source>%1 was rebooted.</source>
        <translation>%1을(를) 재부팅했습니다.</translation>
    </message>
    <message>
        <source>Reboot of %1 requested.</source>
        <translation>%1 재부팅을 요청했습니다.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Deletion of %1 requested.</source>
        <translation>%1 삭제를 요청했습니다.</translation>
    </message>
    <message>
        <source>%1: %2 requested with cloudtwinctl.</source>
        <translation>%1: cloudtwinctl로 %2을(를) 요청했습니다.</translation>
    </message>
    <message>
        <source>CloudStack API URL.</source>
        <translation>CloudStack API URL.</translation>
    </message>
    <message>
        <source>CloudStack API key.</source>
        <translation>CloudStack API 키.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Read the CloudStack secret key from stdin.</source>
        <translation>표준 입력에서 CloudStack 시크릿 키를 읽습니다.</translation>
    </message>
    <message>
        <source>CloudStack domain path.</source>
        <translation>CloudStack 도메인 경로.</translation>
    </message>
    <message>
        <source>CloudMonkey config file.</source>
        <translation>CloudMonkey 설정 파일.</translation>
    </message>
    <message>
        <source>CloudMonkey profile.</source>
        <translation>CloudMonkey 프로필.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Print the signed request instead of sending it.</source>
        <translation>요청을 보내지 않고 서명된 요청을 출력합니다.</translation>
    </message>
    <message>
        <source>No terminal to ask for the cloud&apos;s password. Pipe it in and add --password-stdin (--secret-stdin for an application credential secret, --secret-key-stdin for a CloudStack secret key).</source>
        <translation>클라우드 비밀번호를 물어볼 터미널이 없습니다. 파이프로 전달하고 --password-stdin을 추가하세요(애플리케이션 자격 증명 시크릿은 --secret-stdin, CloudStack 시크릿 키는 --secret-key-stdin).</translation>
    </message>
    <message>
        <source>cloud add supports &quot;openstack&quot; and &quot;cloudstack&quot;, not &quot;%1&quot;</source>
        <translation>cloud add는 &quot;openstack&quot;과 &quot;cloudstack&quot;을 지원하며 &quot;%1&quot;은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>%1 (API key)</source>
        <translation>%1 (API 키)</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (사용자 %2)</translation>
    </message>
    <message>
        <source>%1 (user %2, domain %3)</source>
        <translation>%1 (사용자 %2, 도메인 %3)</translation>
    </message>
    <message>
        <source>No clouds yet. Add one with: cloudtwinctl cloud add openstack NAME --auth-url URL ... or cloudtwinctl cloud add cloudstack NAME --url URL ...</source>
        <translation>아직 클라우드가 없습니다. 다음으로 추가하세요: cloudtwinctl cloud add openstack NAME --auth-url URL ... 또는 cloudtwinctl cloud add cloudstack NAME --url URL ...</translation>
    </message>
    <message>
        <source>Secret key for cloud %1: </source>
        <translation>클라우드 %1의 시크릿 키: </translation>
    </message>
    <message>
        <source>cloud add cloudstack needs --url URL (the API endpoint, e.g. https://cloud.example.com/client/api)</source>
        <translation>cloud add cloudstack에는 --url URL이 필요합니다(API 엔드포인트, 예: https://cloud.example.com/client/api)</translation>
    </message>
    <message>
        <source>cloud add cloudstack needs --api-key KEY (with the secret key on stdin: --secret-key-stdin) or --username USER (with the password on stdin: --password-stdin)</source>
        <translation>cloud add cloudstack에는 --api-key KEY(시크릿 키는 표준 입력으로: --secret-key-stdin) 또는 --username USER(비밀번호는 표준 입력으로: --password-stdin)가 필요합니다</translation>
    </message>
    <message>
        <source>--api-key and --username are two ways to sign in; use one</source>
        <translation>--api-key와 --username은 서로 다른 로그인 방식입니다. 하나만 쓰세요</translation>
    </message>
    <message>
        <source>--domain belongs to --username; an API key already names its user and domain</source>
        <translation>--domain은 --username과 함께 씁니다. API 키에는 이미 사용자와 도메인이 정해져 있습니다</translation>
    </message>
    <message>
        <source>--url &quot;%1&quot; is not an http:// or https:// address. CloudStack&apos;s API is usually at https://HOST/client/api.</source>
        <translation>--url &quot;%1&quot;은(는) http:// 또는 https:// 주소가 아닙니다. CloudStack API는 보통 https://HOST/client/api에 있습니다.</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http; the password will cross the network unencrypted.</source>
        <translation>경고: %1은(는) 암호화되지 않은 http입니다. 비밀번호가 암호화되지 않은 채 네트워크로 전송됩니다.</translation>
    </message>
    <message>
        <source>There is no profile [%1] in %2. Its profiles: %3.</source>
        <translation>%2에 프로필 [%1]이(가) 없습니다. 있는 프로필: %3.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 읽는 중</translation>
    </message>
    <message>
        <source>Not imported: profile [%1]: %2</source>
        <translation>가져오지 않음: 프로필 [%1]: %2</translation>
    </message>
    <message>
        <source>Imported %1 (%2, API key)</source>
        <translation>%1 가져옴(%2, API 키)</translation>
    </message>
    <message>
        <source>Imported %1 (%2, user %3)</source>
        <translation>%1 가져옴(%2, 사용자 %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CloudStack API command; commands are words such as listZones or deployVirtualMachine</source>
        <translation>&quot;%1&quot;은(는) CloudStack API 명령이 아닙니다. 명령은 listZones나 deployVirtualMachine 같은 단어입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value (e.g. zoneid=1a2b or name=web-01)</source>
        <translation>&quot;%1&quot;은(는) key=value 형식이 아닙니다(예: zoneid=1a2b 또는 name=web-01)</translation>
    </message>
    <message>
        <source>%1= is set by cloudtwinctl; leave it out</source>
        <translation>%1=은(는) cloudtwinctl이 설정합니다. 빼 주세요</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1이(가) 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>%1 is an OpenStack cloud; cloudtwinctl api calls the CloudStack API only. For OpenStack use the openstack command.</source>
        <translation>%1은(는) OpenStack 클라우드입니다. cloudtwinctl api는 CloudStack API만 호출합니다. OpenStack에는 openstack 명령을 쓰세요.</translation>
    </message>
    <message>
        <source>Not a CloudStack cloud.</source>
        <translation>CloudStack 클라우드가 아닙니다.</translation>
    </message>
    <message>
        <source>Note: this cloud signs in with a user name and password; the real request carries the session of that login, not a signature.</source>
        <translation>참고: 이 클라우드는 사용자 이름과 비밀번호로 로그인합니다. 실제 요청에는 서명 대신 그 로그인의 세션이 담깁니다.</translation>
    </message>
    <message>
        <source>too many arguments; usage: %1</source>
        <translation>인수가 너무 많습니다. 사용법: %1</translation>
    </message>
    <message>
        <source>cloud needs a subcommand: add, import-openstack, import-cloudmonkey, list, jobs, test, set-password or remove</source>
        <translation>cloud에는 하위 명령이 필요합니다: add, import-openstack, import-cloudmonkey, list, jobs, test, set-password 또는 remove</translation>
    </message>
    <message>
        <source>No CloudStack jobs are waiting to be looked up: every job CloudTwin started has been seen to the end.</source>
        <translation>확인을 기다리는 CloudStack 작업이 없습니다. CloudTwin이 시작한 모든 작업의 끝을 확인했습니다.</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Folder for the rendered files.</source>
        <translation>생성된 파일을 둘 폴더.</translation>
    </message>
    <message>
        <source>Cloud for the main VM.</source>
        <translation>주 VM의 클라우드.</translation>
    </message>
    <message>
        <source>Cloud for the twin VM.</source>
        <translation>트윈 VM의 클라우드.</translation>
    </message>
    <message>
        <source>Print the plan and stop.</source>
        <translation>계획만 출력하고 멈춥니다.</translation>
    </message>
    <message>
        <source>Keep what was created when the create fails.</source>
        <translation>생성이 실패해도 만든 것을 남겨 둡니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1에 문제가 %n개 있습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>The new SSH key could not be stored, so nothing was created: %1</source>
        <translation>새 SSH 키를 저장할 수 없어 아무것도 만들지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Made a new SSH key for %1; its private half is kept with your cloud secrets.</source>
        <translation>%1용 새 SSH 키를 만들었습니다. 개인 키는 클라우드 비밀 정보와 함께 보관됩니다.</translation>
    </message>
    <message>
        <source>render needs --out DIR: the folder the Terraform files go to</source>
        <translation>render에는 --out DIR이 필요합니다: Terraform 파일을 둘 폴더</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1. Terraform reads the cloud credentials from variables: see variables.tf in each folder.</source>
        <translation>
            <numerusform>%1에 파일 %n개를 썼습니다. Terraform은 클라우드 자격 증명을 변수에서 읽습니다. 각 폴더의 variables.tf를 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan for %1 (pair %2):</source>
        <translation>%1의 계획(쌍 %2):</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>removed again</source>
        <translation>다시 삭제됨</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>main</source>
        <translation>주</translation>
    </message>
    <message>
        <source>twin</source>
        <translation>트윈</translation>
    </message>
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

Clouds (for the signed-in user; secrets go to the keychain or the encrypted secrets file):
  cloud add openstack NAME --auth-url URL --username U --project P [--user-domain D]
        [--project-domain D] [--region R] [--cacert FILE | --insecure] [--password-stdin]
                                     add an OpenStack cloud (Keystone v3, password)
  cloud add openstack NAME --auth-url URL --application-credential-id ID [--region R]
        [--cacert FILE | --insecure] [--secret-stdin]
                                     add an OpenStack cloud with an application credential
  cloud import-openstack [--clouds-yaml FILE] [--cloud NAME] [--replace]
                                     import from clouds.yaml (+ secure.yaml) and OS_* variables
  cloud add cloudstack NAME --url URL --api-key KEY [--cacert FILE | --insecure]
        [--secret-key-stdin]         add a CloudStack cloud that signs requests with an API key
  cloud add cloudstack NAME --url URL --username U [--domain PATH] [--cacert FILE | --insecure]
        [--password-stdin]           add a CloudStack cloud that logs in with user and password
  cloud import-cloudmonkey [--file FILE] [--profile NAME] [--replace]
                                     import CloudStack profiles from CloudMonkey (~/.cmk/config)
  cloud list                         the clouds, where they point, whether a secret is stored
  cloud jobs [NAME]                  CloudStack jobs started by CloudTwin whose end it has not seen
                                     (e.g. after a crash), looked up in the cloud again
  cloud test NAME                    sign in and check each service of the cloud
  cloud set-password NAME [--password-stdin]
                                     store or replace the cloud&apos;s password or secret (key)
  cloud remove NAME                  forget the cloud and its secret (its VMs are not touched)

CloudStack API:
  api NAME COMMAND [key=value ...] [--dry-run]
                                     call any CloudStack API command of cloud NAME and print the
                                     JSON answer; --dry-run prints the signed request URL instead

VMs (ID is a server UUID or a name that is unique across the clouds):
  vm list [--cloud NAME]             the VMs of every cloud, or of one
  vm show ID [--cloud NAME]          everything known about one VM
  vm start|stop|reboot ID [--cloud NAME] [--wait] [--hard]
                                     power actions; --wait until done, --hard for reboot
  vm delete ID [--cloud NAME] [--yes] [--wait]
                                     delete the VM; asks first, or needs --yes without a terminal

Create a main VM and its twin (SPEC.yaml: see docs/spec-format.md and examples/):
  vm create SPEC.yaml [--main CLOUD] [--twin CLOUD] [--wait] [--plan-only] [--keep-on-failure]
                                     plan, then create both VMs at once; returns once the create
                                     has begun (it goes on in the background), or with --wait
                                     when both VMs run, with progress on stderr; --plan-only
                                     prints the plan; on failure what was made is removed again
                                     unless --keep-on-failure
  vm creates [NAME]                  the creates and their state, newest first; with NAME the
                                     steps of its newest create
  render SPEC.yaml --out DIR [--main CLOUD] [--twin CLOUD]
                                     write the Terraform and cloud-init for the pair to DIR

Global options:
  --data-dir DIR        keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app data folder)
  --database URL        sqlite:///path, postgresql://user@host:port/db or mysql://user@host:port/db
                        (password in $CLOUDTWIN_DATABASE_PASSWORD or in the URL)
  --json                machine-readable output on stdout; messages stay on stderr
  --password-stdin      read passwords from standard input, one per line
  --secret-stdin        read a cloud&apos;s application credential secret from standard input
  --secret-key-stdin    read a CloudStack secret key from standard input
  -h, --help            show this help
  --version             show the version

Passwords and secrets are never taken from the command line: they come from standard input or a
prompt.

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

클라우드(로그인한 사용자용. 비밀 정보는 키체인이나 암호화된 비밀 정보 파일에 저장됩니다):
  cloud add openstack NAME --auth-url URL --username U --project P [--user-domain D]
        [--project-domain D] [--region R] [--cacert FILE | --insecure] [--password-stdin]
                                     OpenStack 클라우드를 추가합니다(Keystone v3, 비밀번호)
  cloud add openstack NAME --auth-url URL --application-credential-id ID [--region R]
        [--cacert FILE | --insecure] [--secret-stdin]
                                     애플리케이션 자격 증명으로 OpenStack 클라우드를 추가합니다
  cloud import-openstack [--clouds-yaml FILE] [--cloud NAME] [--replace]
                                     clouds.yaml(+ secure.yaml)과 OS_* 변수에서 가져옵니다
  cloud add cloudstack NAME --url URL --api-key KEY [--cacert FILE | --insecure]
        [--secret-key-stdin]         API 키로 요청에 서명하는 CloudStack 클라우드를 추가합니다
  cloud add cloudstack NAME --url URL --username U [--domain PATH] [--cacert FILE | --insecure]
        [--password-stdin]           사용자 이름과 비밀번호로 로그인하는 CloudStack 클라우드를 추가합니다
  cloud import-cloudmonkey [--file FILE] [--profile NAME] [--replace]
                                     CloudMonkey(~/.cmk/config)에서 CloudStack 프로필을 가져옵니다
  cloud list                         클라우드 목록, 연결 주소, 비밀 정보 저장 여부를 표시합니다
  cloud jobs [NAME]                  CloudTwin이 시작했지만 끝을 확인하지 못한 CloudStack 작업을
                                     (예: 충돌 후) 클라우드에서 다시 확인합니다
  cloud test NAME                    로그인하여 클라우드의 각 서비스를 확인합니다
  cloud set-password NAME [--password-stdin]
                                     클라우드 비밀번호 또는 시크릿(키)을 저장하거나 교체합니다
  cloud remove NAME                  클라우드와 비밀 정보를 삭제합니다(클라우드의 VM은 건드리지 않음)

CloudStack API:
  api NAME COMMAND [key=value ...] [--dry-run]
                                     클라우드 NAME의 CloudStack API 명령을 호출하고 JSON 응답을
                                     출력합니다. --dry-run은 대신 서명된 요청 URL을 출력합니다

VM(ID는 서버 UUID 또는 모든 클라우드에서 고유한 이름):
  vm list [--cloud NAME]             모든 클라우드 또는 한 클라우드의 VM을 표시합니다
  vm show ID [--cloud NAME]          VM 하나에 대해 알려진 모든 정보를 표시합니다
  vm start|stop|reboot ID [--cloud NAME] [--wait] [--hard]
                                     전원 작업. --wait: 완료될 때까지 대기, --hard: 강제 재부팅
  vm delete ID [--cloud NAME] [--yes] [--wait]
                                     VM을 삭제합니다. 먼저 확인을 요청하며, 터미널이 없으면 --yes가 필요합니다

주 VM과 트윈 만들기(SPEC.yaml: docs/spec-format.md와 examples/ 참고):
  vm create SPEC.yaml [--main CLOUD] [--twin CLOUD] [--wait] [--plan-only] [--keep-on-failure]
                                     계획을 세운 뒤 두 VM을 동시에 만듭니다. 생성이 시작되면
                                     돌아오고(백그라운드에서 계속됨), --wait이면 두 VM이 실행될
                                     때까지 진행 상황을 stderr에 출력합니다. --plan-only는
                                     계획만 출력합니다. 실패하면 --keep-on-failure가 없는 한
                                     만든 것을 다시 삭제합니다
  vm creates [NAME]                  생성 기록과 상태(최신 순). NAME을 주면 그 최근 생성의
                                     단계도 보여 줍니다
  render SPEC.yaml --out DIR [--main CLOUD] [--twin CLOUD]
                                     쌍의 Terraform과 cloud-init을 DIR에 씁니다

전역 옵션:
  --data-dir DIR        모든 상태를 DIR에 보관합니다
                        (기본값: $CLOUDTWIN_DATA_DIR, 없으면 앱 데이터 폴더)
  --database URL        sqlite:///path, postgresql://user@host:port/db 또는 mysql://user@host:port/db
                        (비밀번호는 $CLOUDTWIN_DATABASE_PASSWORD 또는 URL에 지정)
  --json                stdout에 기계가 읽을 수 있는 형식으로 출력합니다
                        (메시지는 계속 stderr로 출력됩니다)
  --password-stdin      표준 입력에서 비밀번호를 한 줄에 하나씩 읽습니다
  --secret-stdin        표준 입력에서 클라우드의 애플리케이션 자격 증명 시크릿을 읽습니다
  --secret-key-stdin    표준 입력에서 CloudStack 시크릿 키를 읽습니다
  -h, --help            이 도움말을 표시합니다
  --version             버전을 표시합니다

비밀번호와 시크릿은 명령줄에서 받지 않습니다. 표준 입력이나 프롬프트로 입력받습니다.

종료 코드: 0 성공, 1 명령 실패, 2 잘못된 명령줄.
</translation>
    </message>
    <message>
        <source>vm needs a subcommand: list, show, create, creates, start, stop, reboot or delete</source>
        <translation>vm에는 하위 명령이 필요합니다: list, show, create, creates, start, stop, reboot 또는 delete</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>The create could not be started in the background (%1). Run it with --wait instead.</source>
        <translation>생성을 백그라운드에서 시작할 수 없습니다(%1). 대신 --wait로 실행하세요.</translation>
    </message>
    <message>
        <source>%1 was created (main and twin). See: cloudtwinctl vm list</source>
        <translation>%1이(가) 만들어졌습니다(주와 트윈). 보기: cloudtwinctl vm list</translation>
    </message>
    <message>
        <source>Creating %1 in the background (main on %2, twin on %3).
Progress: cloudtwinctl vm creates %1
Log: %4</source>
        <translation>%1을(를) 백그라운드에서 만드는 중입니다(주: %2, 트윈: %3).
진행 상황: cloudtwinctl vm creates %1
로그: %4</translation>
    </message>
    <message>
        <source>The background create of %1 did not start within a minute. See %2</source>
        <translation>%1의 백그라운드 생성이 1분 안에 시작되지 않았습니다. %2을(를) 보세요</translation>
    </message>
    <message>
        <source>The background create of %1 stopped before it began: %2 (log: %3)</source>
        <translation>%1의 백그라운드 생성이 시작 전에 멈췄습니다: %2 (로그: %3)</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <source>No create of %1 is recorded. See: cloudtwinctl vm creates</source>
        <translation>%1의 생성 기록이 없습니다. 보기: cloudtwinctl vm creates</translation>
    </message>
    <message>
        <source>failed (kept)</source>
        <translation>실패(유지됨)</translation>
    </message>
    <message>
        <source>failed (removed)</source>
        <translation>실패(삭제됨)</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Steps of the newest create of %1:</source>
        <translation>%1의 최근 생성 단계:</translation>
    </message>
</context>
<context>
    <name>ct::CloudAccount</name>
    <message>
        <source>Sandbox (CloudStack)</source>
        <translation>샌드박스(CloudStack)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
</context>
<context>
    <name>ct::CloudAccountDialog</name>
    <message>
        <source>Edit Cloud %1</source>
        <translation>클라우드 %1 편집</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Add OpenStack Cloud</source>
        <translation>OpenStack 클라우드 추가</translation>
    </message>
    <message>
        <source>Enter the values from your cloud&apos;s clouds.yaml or openrc file (in Horizon: API Access). The password is kept in your keychain or CloudTwin&apos;s encrypted file, never in the database.</source>
        <translation>클라우드의 clouds.yaml 또는 openrc 파일에 있는 값을 입력하세요(Horizon의 [API 액세스]에서 확인할 수 있습니다). 비밀번호는 키체인이나 CloudTwin의 암호화된 파일에 보관되며, 데이터베이스에는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>예: production</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>인증 URL(&amp;A):</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>사용자 이름과 비밀번호</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>애플리케이션 자격 증명</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>로그인 방법(&amp;W):</translation>
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
        <source>Credential &amp;ID:</source>
        <translation>자격 증명 ID(&amp;I):</translation>
    </message>
    <message>
        <source>Credential &amp;secret:</source>
        <translation>자격 증명 시크릿(&amp;S):</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>프로젝트(&amp;J):</translation>
    </message>
    <message>
        <source>project (tenant) name</source>
        <translation>프로젝트(테넌트) 이름</translation>
    </message>
    <message>
        <source>User do&amp;main:</source>
        <translation>사용자 도메인(&amp;M):</translation>
    </message>
    <message>
        <source>Project dom&amp;ain:</source>
        <translation>프로젝트 도메인(&amp;A):</translation>
    </message>
    <message>
        <source>optional, e.g. RegionOne</source>
        <translation>선택 사항, 예: RegionOne</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>optional: the cloud&apos;s CA certificates (PEM)</source>
        <translation>선택 사항: 클라우드의 CA 인증서(PEM)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA 번들(&amp;B):</translation>
    </message>
    <message>
        <source>Skip certificate &amp;verification (insecure)</source>
        <translation>인증서 확인 건너뛰기(안전하지 않음)(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add Cloud</source>
        <translation>클라우드 추가(&amp;A)</translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation>변경 안 함(입력하면 교체됨)</translation>
    </message>
    <message>
        <source>Name: give the cloud a name, e.g. “production”.</source>
        <translation>이름: 클라우드 이름을 지정하세요(예: “production”).</translation>
    </message>
    <message>
        <source>Name: you already have a cloud called %1. Choose another name.</source>
        <translation>이름: %1(이)라는 클라우드가 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Auth URL: enter the identity (Keystone) address, e.g. https://keystone.example.com:5000/v3.</source>
        <translation>인증 URL: ID 서비스(Keystone) 주소를 입력하세요(예: https://keystone.example.com:5000/v3).</translation>
    </message>
    <message>
        <source>Auth URL: “%1” is not a web address. It starts with https:// and names the host, e.g. https://keystone.example.com:5000/v3.</source>
        <translation>인증 URL: “%1”은(는) 웹 주소가 아닙니다. https://로 시작하고 호스트 이름을 포함해야 합니다(예: https://keystone.example.com:5000/v3).</translation>
    </message>
    <message>
        <source>Most clouds need the version at the end: …/v3.</source>
        <translation>대부분의 클라우드는 끝에 버전이 필요합니다: …/v3.</translation>
    </message>
    <message>
        <source>Credential ID: enter the application credential&apos;s ID (openstack application credential list).</source>
        <translation>자격 증명 ID: 애플리케이션 자격 증명의 ID를 입력하세요(openstack application credential list).</translation>
    </message>
    <message>
        <source>Credential secret: enter the secret shown when the credential was created.</source>
        <translation>자격 증명 시크릿: 자격 증명을 만들 때 표시된 시크릿을 입력하세요.</translation>
    </message>
    <message>
        <source>User name: enter the name you sign in to the cloud with.</source>
        <translation>사용자 이름: 클라우드에 로그인할 때 쓰는 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Password: enter your cloud password.</source>
        <translation>비밀번호: 클라우드 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Project: enter the project (tenant) whose VMs CloudTwin should see; it is OS_PROJECT_NAME in your openrc file.</source>
        <translation>프로젝트: CloudTwin이 VM을 조회할 프로젝트(테넌트)를 입력하세요. openrc 파일의 OS_PROJECT_NAME 값입니다.</translation>
    </message>
    <message>
        <source>CA bundle: the file %1 does not exist. Choose the PEM file your cloud provider gave you, or leave the field empty.</source>
        <translation>CA 번들: %1 파일이 없습니다. 클라우드 공급업체에서 받은 PEM 파일을 선택하거나 필드를 비워 두세요.</translation>
    </message>
    <message>
        <source>Choose the CA Bundle</source>
        <translation>CA 번들 선택</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>인증서(*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일(*)</translation>
    </message>
    <message>
        <source>Add Cloud</source>
        <translation>클라우드 추가</translation>
    </message>
    <message>
        <source>&amp;OpenStack</source>
        <translation>&amp;OpenStack</translation>
    </message>
    <message>
        <source>Apache &amp;CloudStack</source>
        <translation>Apache &amp;CloudStack</translation>
    </message>
    <message>
        <source>Cloud type:</source>
        <translation>클라우드 종류:</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API 엔드포인트(&amp;E):</translation>
    </message>
    <message>
        <source>API key and secret key</source>
        <translation>API 키와 시크릿 키</translation>
    </message>
    <message>
        <source>User name, password and domain</source>
        <translation>사용자 이름, 비밀번호, 도메인</translation>
    </message>
    <message>
        <source>Sign in wit&amp;h:</source>
        <translation>로그인 방식(&amp;H):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>시크릿 키(&amp;S):</translation>
    </message>
    <message>
        <source>/ for the ROOT domain, or a path such as /customers/acme</source>
        <translation>ROOT 도메인은 /, 또는 /customers/acme 같은 경로</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>도메인(&amp;M):</translation>
    </message>
    <message>
        <source>Add CloudStack Cloud</source>
        <translation>CloudStack 클라우드 추가</translation>
    </message>
    <message>
        <source>Enter the API endpoint of your CloudStack cloud and either your API key and secret key (in the CloudStack UI: your user&apos;s page, Generate Keys) or your user name and password. The secret key or password is kept in your keychain or CloudTwin&apos;s encrypted file, never in the database.</source>
        <translation>CloudStack 클라우드의 API 엔드포인트와 함께 API 키와 시크릿 키(CloudStack UI: 사용자 페이지의 키 생성) 또는 사용자 이름과 비밀번호를 입력하세요. 시크릿 키나 비밀번호는 키체인이나 CloudTwin의 암호화된 파일에 보관되며 데이터베이스에는 절대 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>API endpoint: enter the address of the CloudStack API, e.g. https://cloud.example.com/client/api.</source>
        <translation>API 엔드포인트: CloudStack API 주소를 입력하세요. 예: https://cloud.example.com/client/api</translation>
    </message>
    <message>
        <source>API endpoint: “%1” is not a web address. It starts with https:// and names the host, e.g. https://cloud.example.com/client/api.</source>
        <translation>API 엔드포인트: “%1”은(는) 웹 주소가 아닙니다. https://로 시작하고 호스트 이름이 들어갑니다. 예: https://cloud.example.com/client/api</translation>
    </message>
    <message>
        <source>Most CloudStack clouds answer at …/client/api.</source>
        <translation>대부분의 CloudStack 클라우드는 …/client/api에서 응답합니다.</translation>
    </message>
    <message>
        <source>API key: copy it from the CloudStack UI (your user&apos;s page, Generate Keys).</source>
        <translation>API 키: CloudStack UI(사용자 페이지의 키 생성)에서 복사하세요.</translation>
    </message>
    <message>
        <source>Secret key: paste the secret key shown next to the API key.</source>
        <translation>시크릿 키: API 키 옆에 표시된 시크릿 키를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>User name: enter the name you sign in to CloudStack with.</source>
        <translation>사용자 이름: CloudStack에 로그인할 때 쓰는 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Password: enter your CloudStack password.</source>
        <translation>비밀번호: CloudStack 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Warning: CloudTwin will accept any certificate for this cloud, so someone on the network could pose as it and read what CloudTwin sends. Use a CA bundle instead if you can.</source>
        <translation>경고: CloudTwin이 이 클라우드의 모든 인증서를 받아들이므로 네트워크상의 누군가가 클라우드로 가장해 CloudTwin이 보내는 내용을 읽을 수 있습니다. 가능하면 CA 번들을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>ct::CloudContext</name>
    <message>
        <source>Your clouds could not be read from the database: %1</source>
        <translation>데이터베이스에서 클라우드를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Sandbox (CloudStack)</source>
        <translation>샌드박스(CloudStack)</translation>
    </message>
</context>
<context>
    <name>ct::CloudMonkeyImportDialog</name>
    <message>
        <source>Import from CloudMonkey</source>
        <translation>CloudMonkey에서 가져오기</translation>
    </message>
    <message>
        <source>CloudTwin reads the profiles of CloudMonkey, the CloudStack command line (cmk). Tick the profiles to add as CloudStack clouds; their names are kept. Secret keys and passwords go to your keychain or CloudTwin&apos;s encrypted file.</source>
        <translation>CloudTwin이 CloudStack 명령줄 도구인 CloudMonkey(cmk)의 프로필을 읽습니다. CloudStack 클라우드로 추가할 프로필을 선택하세요. 이름은 그대로 유지됩니다. 시크릿 키와 비밀번호는 키체인이나 CloudTwin의 암호화된 파일에 저장됩니다.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>읽기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API 엔드포인트</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>&amp;Import Selected</source>
        <translation>선택 항목 가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>There is no CloudMonkey config at %1. Choose the file with Browse… if cmk keeps it elsewhere.</source>
        <translation>%1에 CloudMonkey 설정이 없습니다. cmk가 다른 곳에 보관한다면 찾아보기…로 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the CloudMonkey Config</source>
        <translation>CloudMonkey 설정 선택</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>user %1, domain %2</source>
        <translation>사용자 %1, 도메인 %2</translation>
    </message>
    <message>
        <source>The profile cmk uses now.</source>
        <translation>cmk가 지금 쓰는 프로필입니다.</translation>
    </message>
    <message>
        <source>You already have a cloud with this name.</source>
        <translation>이 이름의 클라우드가 이미 있습니다.</translation>
    </message>
    <message>
        <source>No profile in this file can be imported.</source>
        <translation>이 파일에는 가져올 수 있는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Added: %1. Select one on the Clouds page and choose Test Connection to check it.</source>
        <translation>추가됨: %1. 클라우드 페이지에서 하나를 선택하고 연결 테스트를 눌러 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ct::CloudService</name>
    <message>
        <source>A cloud named %1 already exists. Choose another name or remove the old one first.</source>
        <translation>이름이 %1인 클라우드가 이미 있습니다. 다른 이름을 선택하거나 먼저 기존 클라우드를 제거하세요.</translation>
    </message>
    <message>
        <source>The cloud %1 was not added: its secret could not be stored. %2</source>
        <translation>클라우드 %1을(를) 추가하지 않았습니다. 비밀 정보를 저장할 수 없습니다. %2</translation>
    </message>
    <message>
        <source>There is no cloud with id %1.</source>
        <translation>ID가 %1인 클라우드가 없습니다.</translation>
    </message>
    <message>
        <source>The cloud %1 was not removed: its secret could not be deleted. %2</source>
        <translation>클라우드 %1을(를) 제거하지 않았습니다. 비밀 정보를 삭제할 수 없습니다. %2</translation>
    </message>
    <message>
        <source>Cannot read the secret of cloud %1: %2</source>
        <translation>클라우드 %1의 비밀 정보를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No password or secret is stored for cloud %1. Enter it first (on the command line: cloudtwinctl cloud set-password %1).</source>
        <translation>클라우드 %1에 저장된 비밀번호나 시크릿이 없습니다. 먼저 입력하세요(명령줄: cloudtwinctl cloud set-password %1).</translation>
    </message>
    <message>
        <source>%1: the %2 job %3, started before CloudTwin last stopped, has finished.</source>
        <translation>%1: CloudTwin이 마지막으로 멈추기 전에 시작한 %2 작업 %3이(가) 끝났습니다.</translation>
    </message>
    <message>
        <source>%1: the %2 job %3, started before CloudTwin last stopped, did not succeed: %4</source>
        <translation>%1: CloudTwin이 마지막으로 멈추기 전에 시작한 %2 작업 %3이(가) 성공하지 못했습니다: %4</translation>
    </message>
</context>
<context>
    <name>ct::CloudsPage</name>
    <message>
        <source>&amp;Import from clouds.yaml…</source>
        <translation>clouds.yaml에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>제거(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>No clouds yet</source>
        <translation>아직 클라우드가 없습니다</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
    <message>
        <source>CloudStack</source>
        <translation>CloudStack</translation>
    </message>
    <message>
        <source>%1 — project %2</source>
        <translation>%1 — 프로젝트 %2</translation>
    </message>
    <message>
        <source>%1 — application credential</source>
        <translation>%1 — 애플리케이션 자격 증명</translation>
    </message>
    <message>
        <source>CloudTwin&apos;s built-in practice cloud. It runs on this computer only.</source>
        <translation>CloudTwin에 내장된 연습용 클라우드입니다. 이 컴퓨터에서만 실행됩니다.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>아직 확인하지 않음</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message numerus="yes">
        <source>OK — %n VM(s), checked %1</source>
        <translation>
            <numerusform>정상 — VM %n개, %1에 확인함</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud %1 added. Its VMs appear on the VMs page.</source>
        <translation>클라우드 %1을(를) 추가했습니다. 클라우드의 VM은 VM 페이지에 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n cloud(s) imported.</source>
        <translation>
            <numerusform>클라우드 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud %1 saved.</source>
        <translation>클라우드 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Remove Cloud</source>
        <translation>클라우드 제거</translation>
    </message>
    <message>
        <source>Remove the cloud %1 from CloudTwin?</source>
        <translation>CloudTwin에서 클라우드 %1을(를) 제거할까요?</translation>
    </message>
    <message>
        <source>CloudTwin forgets its settings and its stored password. The VMs on the cloud are not touched; you can add the cloud again later.</source>
        <translation>CloudTwin에서 이 클라우드의 설정과 저장된 비밀번호를 삭제합니다. 클라우드의 VM은 건드리지 않으며, 나중에 클라우드를 다시 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Cloud %1 removed.</source>
        <translation>클라우드 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>&amp;Add Cloud…</source>
        <translation>클라우드 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Import from &amp;CloudMonkey…</source>
        <translation>CloudMonkey에서 가져오기(&amp;C)…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Add an OpenStack or Apache CloudStack cloud with “Add Cloud…”. If you already use the openstack command or CloudMonkey (cmk), “Import from clouds.yaml…” or “Import from CloudMonkey…” takes your clouds from there.</source>
        <translation>“클라우드 추가…”로 OpenStack 또는 Apache CloudStack 클라우드를 추가하세요. 이미 openstack 명령이나 CloudMonkey(cmk)를 쓰고 있다면 “clouds.yaml에서 가져오기…” 또는 “CloudMonkey에서 가져오기…”로 그곳의 클라우드를 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 — user %2</source>
        <translation>%1 — 사용자 %2</translation>
    </message>
    <message>
        <source>%1 — API key</source>
        <translation>%1 — API 키</translation>
    </message>
</context>
<context>
    <name>ct::CloudsYamlImportDialog</name>
    <message>
        <source>Import from clouds.yaml</source>
        <translation>clouds.yaml에서 가져오기</translation>
    </message>
    <message>
        <source>CloudTwin reads the clouds.yaml used by the openstack command (and secure.yaml next to it). Tick the clouds to add; their names are kept.</source>
        <translation>CloudTwin은 openstack 명령이 사용하는 clouds.yaml(및 같은 폴더의 secure.yaml)을 읽습니다. 추가할 클라우드를 선택하세요. 클라우드 이름은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>읽기(&amp;R)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <source>Auth URL and project</source>
        <translation>인증 URL 및 프로젝트</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>&amp;Import Selected</source>
        <translation>선택한 항목 가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Choose clouds.yaml</source>
        <translation>clouds.yaml 선택</translation>
    </message>
    <message>
        <source>OpenStack client configuration (*.yaml *.yml)</source>
        <translation>OpenStack 클라이언트 구성(*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일(*)</translation>
    </message>
    <message>
        <source> — project %1</source>
        <translation> — 프로젝트 %1</translation>
    </message>
    <message>
        <source>You already have a cloud with this name.</source>
        <translation>같은 이름의 클라우드가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Needs a password: enter it with Edit… after importing.</source>
        <translation>비밀번호가 필요합니다. 가져온 후 [편집…]에서 입력하세요.</translation>
    </message>
    <message>
        <source>No clouds were found in %1.</source>
        <translation>%1에서 클라우드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>추가함: %1.</translation>
    </message>
    <message>
        <source>These need a password before CloudTwin can reach them (select them on the Clouds page and choose Edit…): %1.</source>
        <translation>다음 클라우드는 CloudTwin이 연결하기 전에 비밀번호가 필요합니다(클라우드 페이지에서 선택한 후 [편집…]을 선택하세요): %1.</translation>
    </message>
</context>
<context>
    <name>ct::ConnectionTestDialog</name>
    <message>
        <source>Identity (Keystone)</source>
        <translation>ID 서비스(Keystone)</translation>
    </message>
    <message>
        <source>Compute (Nova)</source>
        <translation>컴퓨트(Nova)</translation>
    </message>
    <message>
        <source>Image (Glance)</source>
        <translation>이미지(Glance)</translation>
    </message>
    <message>
        <source>Network (Neutron)</source>
        <translation>네트워크(Neutron)</translation>
    </message>
    <message>
        <source>Volume (Cinder)</source>
        <translation>볼륨(Cinder)</translation>
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation>연결 테스트 — %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation>다시 테스트(&amp;A)</translation>
    </message>
    <message>
        <source>Signing in to %1 and asking each service…</source>
        <translation>%1에 로그인하여 각 서비스를 확인하는 중…</translation>
    </message>
    <message>
        <source>The test could not start: %1</source>
        <translation>테스트를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation>✓ 정상</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 answered on all %2 services.</source>
        <translation>%1의 서비스 %2개가 모두 응답했습니다.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 services answered. The details say what went wrong.</source>
        <translation>%1: 서비스 %3개 중 %2개가 응답했습니다. 무엇이 잘못되었는지는 세부 정보를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ct::CreateWizard</name>
    <message>
        <source>New VM Pair</source>
        <translation>새 VM 쌍</translation>
    </message>
</context>
<context>
    <name>ct::DataPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Data and protection</source>
        <translation>데이터와 보호</translation>
    </message>
    <message>
        <source>A separate data disk keeps your files apart from the system. The two questions below tell CloudTwin how closely the twin must follow the main VM.</source>
        <translation>별도의 데이터 디스크는 파일을 시스템과 분리해 둡니다. 아래 두 질문은 트윈이 메인 VM을 얼마나 가깝게 따라가야 하는지 CloudTwin에 알려 줍니다.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>0 means no data disk</source>
        <translation>0은 데이터 디스크 없음을 뜻합니다</translation>
    </message>
    <message>
        <source>“None” keeps everything on the system disk. A data disk is formatted and mounted at the folder below when the VM first starts; put your databases and files there.</source>
        <translation>“없음”이면 모든 것이 시스템 디스크에 저장됩니다. 데이터 디스크는 VM이 처음 시작할 때 포맷되어 아래 폴더에 마운트됩니다. 데이터베이스와 파일은 그곳에 두세요.</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>데이터 디스크</translation>
    </message>
    <message>
        <source>Data &amp;disk size:</source>
        <translation>데이터 디스크 크기(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Mounted at:</source>
        <translation>마운트 위치(&amp;M):</translation>
    </message>
    <message>
        <source>How much recent &amp;work could you afford to lose?</source>
        <translation>최근 작업을 얼마까지 잃어도 괜찮나요(&amp;W)?</translation>
    </message>
    <message>
        <source>How long may the server be &amp;unreachable?</source>
        <translation>서버에 얼마 동안 접속할 수 없어도 괜찮나요(&amp;U)?</translation>
    </message>
    <message>
        <source>CloudTwin stores these answers with the VM pair now. Protection — copying the main VM to its twin at least this often, and switching to the twin when the main cloud fails — uses them once it is available in a later version. Shorter times mean more frequent copies.</source>
        <translation>CloudTwin은 이 답을 지금 VM 쌍과 함께 저장합니다. 보호 기능(메인 VM을 적어도 이 간격으로 트윈에 복사하고, 메인 클라우드가 장애를 일으키면 트윈으로 전환하는 기능)이 이후 버전에서 제공되면 이 값을 사용합니다. 시간이 짧을수록 더 자주 복사합니다.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>보호</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>직접 입력…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
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
    <name>ct::InventoryModel</name>
    <message>
        <source>Building</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>재부팅 중</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>크기 조정 중</translation>
    </message>
    <message>
        <source>Resized, awaiting confirmation</source>
        <translation>크기 조정됨, 확인 대기 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>일시 중단됨</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>상태 없음</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>비정상 종료됨</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>주 VM</translation>
    </message>
    <message>
        <source>Twin</source>
        <translation>트윈</translation>
    </message>
    <message>
        <source>Unmanaged</source>
        <translation>관리 안 함</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전원</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>The cloud does not report this VM&apos;s disk size.</source>
        <translation>클라우드가 이 VM의 디스크 크기를 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>Twin of %1, which runs on %2</source>
        <translation>%2에서 실행 중인 %1의 트윈</translation>
    </message>
    <message>
        <source>Main VM of the pair %1; its twin %2 runs on %3</source>
        <translation>쌍 %1의 주 VM. 트윈 %2은(는) %3에서 실행 중입니다</translation>
    </message>
    <message>
        <source>Part of the pair %1; its other half is not in the list (its cloud may be unreachable).</source>
        <translation>쌍 %1의 일부입니다. 나머지 한쪽이 목록에 없습니다(해당 클라우드에 연결할 수 없을 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>CloudTwin — %1</source>
        <translation>CloudTwin — %1</translation>
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
    <message>
        <source>&amp;New VM Pair…</source>
        <translation>새 VM 쌍(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ct::OsPage</name>
    <message>
        <source>Which operating system?</source>
        <translation>어떤 운영 체제를 사용할까요?</translation>
    </message>
    <message>
        <source>CloudTwin finds each cloud&apos;s image of this system for you. Under Advanced on the Clouds page you can pick an image yourself.</source>
        <translation>CloudTwin이 각 클라우드에서 이 운영 체제의 이미지를 찾아 줍니다. 클라우드 페이지의 고급 설정에서 이미지를 직접 고를 수도 있습니다.</translation>
    </message>
    <message>
        <source>Operating &amp;system:</source>
        <translation>운영 체제(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>Not sure? Ubuntu LTS is the most widely used and documented. Debian changes least between versions. Rocky Linux and AlmaLinux work like Red Hat Enterprise Linux. Software is installed with the system&apos;s own package manager (apt or dnf).</source>
        <translation>잘 모르겠나요? Ubuntu LTS가 가장 널리 쓰이고 문서도 가장 많습니다. Debian은 버전 간 변화가 가장 적습니다. Rocky Linux와 AlmaLinux는 Red Hat Enterprise Linux처럼 동작합니다. 소프트웨어는 운영 체제 자체의 패키지 관리자(apt 또는 dnf)로 설치됩니다.</translation>
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
    <name>ct::PlacementPage</name>
    <message>
        <source>Where should the VMs run?</source>
        <translation>VM을 어디에서 실행할까요?</translation>
    </message>
    <message>
        <source>The main VM runs on one cloud account, its twin on another. If the main cloud fails, the twin takes over.</source>
        <translation>메인 VM은 한 클라우드 계정에서, 트윈은 다른 계정에서 실행됩니다. 메인 클라우드에 장애가 나면 트윈이 이어받습니다.</translation>
    </message>
    <message>
        <source>e.g. web-01</source>
        <translation>예: web-01</translation>
    </message>
    <message>
        <source>Main VM</source>
        <translation>메인 VM</translation>
    </message>
    <message>
        <source>Twin</source>
        <translation>트윈</translation>
    </message>
    <message>
        <source>Give both VMs a &amp;public address (reachable from the internet)</source>
        <translation>두 VM에 공인 주소 부여(&amp;P) (인터넷에서 접속 가능)</translation>
    </message>
    <message>
        <source>Without one, the VMs can be reached only from inside their clouds&apos; networks (or a VPN into them). The services on the Access page decide what is open at that address.</source>
        <translation>공인 주소가 없으면 VM에는 해당 클라우드 네트워크 안에서만(또는 그곳으로 연결된 VPN으로만) 접속할 수 있습니다. 그 주소에서 무엇이 열리는지는 접속 페이지의 서비스가 정합니다.</translation>
    </message>
    <message>
        <source>VM n&amp;ame:</source>
        <translation>VM 이름(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Main cloud:</source>
        <translation>메인 클라우드(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Twin cloud:</source>
        <translation>트윈 클라우드(&amp;T):</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: exact flavor, image, network and zone</source>
        <translation>고급(&amp;V): 플레이버, 이미지, 네트워크, 영역 직접 지정</translation>
    </message>
    <message>
        <source>%1: exact choices</source>
        <translation>%1: 직접 지정</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation>플레이버(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;lavor:</source>
        <translation>플레이버(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>이미지(&amp;I):</translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation>이미지(&amp;G):</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>네트워크(&amp;W):</translation>
    </message>
    <message>
        <source>Netw&amp;ork:</source>
        <translation>네트워크(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>영역(&amp;Z):</translation>
    </message>
    <message>
        <source>Zon&amp;e:</source>
        <translation>영역(&amp;E):</translation>
    </message>
    <message>
        <source>Choose a cloud…</source>
        <translation>클라우드를 선택하세요…</translation>
    </message>
    <message>
        <source>%1 already has a VM called %2. Two VMs with one name are hard to tell apart; consider another name.</source>
        <translation>%1에 이미 %2(이)라는 VM이 있습니다. 이름이 같은 VM 두 대는 구별하기 어려우니 다른 이름을 고려해 보세요.</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Asking %1 what it offers…</source>
        <translation>%1에서 제공하는 항목을 확인하는 중…</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>자동: %1</translation>
    </message>
    <message>
        <source>Automatic (none fits yet)</source>
        <translation>자동 (아직 맞는 항목 없음)</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB memory, %3 GB disk</source>
        <translation>vCPU %1개, 메모리 %2 MB, 디스크 %3 GB</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB memory</source>
        <translation>vCPU %1개, 메모리 %2 MB</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The cloud&apos;s default</source>
        <translation>클라우드 기본값</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation>%1 (외부)</translation>
    </message>
    <message>
        <source>Could not list what %1 offers: %2 CloudTwin will choose for you.</source>
        <translation>%1에서 제공하는 항목을 가져올 수 없습니다: %2 CloudTwin이 대신 고릅니다.</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (사용 불가)</translation>
    </message>
    <message>
        <source>%1 reports this zone as unavailable: it takes no new VMs there now.</source>
        <translation>%1에서 이 영역을 사용 불가로 보고합니다. 지금은 이 영역에 새 VM을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not list the zones of %1: %2 Type a zone name, or leave the zone to the cloud.</source>
        <translation>%1의 영역 목록을 가져올 수 없습니다: %2 영역 이름을 직접 입력하거나, 영역을 클라우드에 맡기세요.</translation>
    </message>
    <message>
        <source>%1 reports zone %2 as unavailable: it takes no new VMs there now. Choose another zone, or leave the zone to the cloud.</source>
        <translation>%1에서 영역 %2을(를) 사용 불가로 보고합니다. 지금은 그 영역에 새 VM을 만들 수 없습니다. 다른 영역을 고르거나, 영역을 클라우드에 맡기세요.</translation>
    </message>
</context>
<context>
    <name>ct::ProgressPage</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>진행 중…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Removed again</source>
        <translation>다시 제거됨</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>Creating the VMs</source>
        <translation>VM 만드는 중</translation>
    </message>
    <message>
        <source>Both clouds work at the same time. Each step is recorded before and after it runs, so even if CloudTwin is closed midway nothing is left behind.</source>
        <translation>두 클라우드가 동시에 작업합니다. 각 단계는 실행 전후에 기록되므로 CloudTwin이 도중에 종료되어도 남는 것이 없습니다.</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%m단계 중 %v단계</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>완료된 단계</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Steps on both clouds</source>
        <translation>두 클라우드의 단계</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Start the create again; whatever is already there is found and used, not made twice.</source>
        <translation>다시 만들기를 시작합니다. 이미 있는 것은 찾아서 사용하며 두 번 만들지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Open in VMs list</source>
        <translation>VM 목록에서 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save private key…</source>
        <translation>개인 키 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a copy of the new SSH private key, to sign in with ssh -i.</source>
        <translation>새 SSH 개인 키의 사본을 저장해 ssh -i로 로그인할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Main VM on %1</source>
        <translation>%1의 메인 VM</translation>
    </message>
    <message>
        <source>Twin on %1</source>
        <translation>%1의 트윈</translation>
    </message>
    <message>
        <source>Keeping the new SSH key with your cloud passwords…</source>
        <translation>새 SSH 키를 클라우드 비밀번호와 함께 보관하는 중…</translation>
    </message>
    <message>
        <source>The new SSH key could not be kept (%1), so nothing was created. Try again, or go back to the Access page and use your own public key.</source>
        <translation>새 SSH 키를 보관할 수 없어서(%1) 아무것도 만들지 않았습니다. 다시 시도하거나, 접속 페이지로 돌아가 내 공개 키를 사용하세요.</translation>
    </message>
    <message>
        <source>You cancelled the create before anything was made.</source>
        <translation>아무것도 만들어지기 전에 만들기를 취소했습니다.</translation>
    </message>
    <message>
        <source>A cloud was removed from your Clouds list, so nothing was created. Close the wizard and start again.</source>
        <translation>클라우드 목록에서 클라우드가 제거되어 아무것도 만들지 않았습니다. 마법사를 닫고 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Creating %1 on %2 and its twin on %3…</source>
        <translation>%2에 %1을(를), %3에 트윈을 만드는 중…</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2개 중 %1개 완료</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <source>Both VMs are running. %1 on %2: %3. Twin %4 on %5: %6.</source>
        <translation>두 VM이 모두 실행 중입니다. %2의 %1: %3. %5의 트윈 %4: %6.</translation>
    </message>
    <message>
        <source>no address reported</source>
        <translation>주소 보고 없음</translation>
    </message>
    <message>
        <source>Sign in with: ssh %1@%2</source>
        <translation>로그인 방법: ssh %1@%2</translation>
    </message>
    <message>
        <source>The software is installed while the VMs start for the first time; that can take a few minutes more.</source>
        <translation>소프트웨어는 VM이 처음 시작하는 동안 설치되며, 몇 분 더 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Stop Creating the VMs?</source>
        <translation>VM 만들기를 중단할까요?</translation>
    </message>
    <message>
        <source>Stop creating %1 and its twin?</source>
        <translation>%1과(와) 트윈 만들기를 중단할까요?</translation>
    </message>
    <message>
        <source>Whatever was made so far on both clouds is removed again. This takes a moment; the wizard closes when you press Finish.</source>
        <translation>지금까지 두 클라우드에 만든 것은 모두 다시 제거됩니다. 잠시 걸리며, 마침을 누르면 마법사가 닫힙니다.</translation>
    </message>
    <message>
        <source>Stop and Remove</source>
        <translation>중단하고 제거</translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation>계속 진행</translation>
    </message>
    <message>
        <source>Stopping, and removing what was made…</source>
        <translation>중단하고 만든 것을 제거하는 중…</translation>
    </message>
    <message>
        <source>Save the Private Key</source>
        <translation>개인 키 저장</translation>
    </message>
    <message>
        <source>Saved the private key as %1. Sign in with: ssh -i %1 %2@%3</source>
        <translation>개인 키를 %1(으)로 저장했습니다. 로그인 방법: ssh -i %1 %2@%3</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Could not save the private key as %1: %2</source>
        <translation>개인 키를 %1(으)로 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ct::PurposePage</name>
    <message>
        <source>%1 (ping)</source>
        <translation>%1 (핑)</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 (%2–%3/%4)</source>
        <translation>%1 (%2–%3/%4)</translation>
    </message>
    <message>
        <source>no extra software</source>
        <translation>추가 소프트웨어 없음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <source>Suggests: %1</source>
        <translation>제안: %1</translation>
    </message>
    <message>
        <source>What is the server for?</source>
        <translation>서버를 어디에 쓰나요?</translation>
    </message>
    <message>
        <source>Your answer fills in sensible choices on the next pages: size, software and open ports. You can change each of them there.</source>
        <translation>답에 따라 다음 페이지의 크기, 소프트웨어, 열 포트가 알맞게 채워집니다. 각 항목은 해당 페이지에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation>웹 서버(&amp;W)</translation>
    </message>
    <message>
        <source>Serves a website or a web application to browsers.</source>
        <translation>웹 사이트나 웹 애플리케이션을 브라우저에 제공합니다.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>데이터베이스(&amp;D)</translation>
    </message>
    <message>
        <source>Keeps the data of your applications. Reachable only from private networks until you open it.</source>
        <translation>애플리케이션의 데이터를 보관합니다. 직접 열기 전까지는 사설 네트워크에서만 접속할 수 있습니다.</translation>
    </message>
    <message>
        <source>De&amp;velopment box</source>
        <translation>개발용 머신(&amp;V)</translation>
    </message>
    <message>
        <source>A machine to build and try software on, with containers and common programming languages.</source>
        <translation>컨테이너와 널리 쓰이는 프로그래밍 언어를 갖춘, 소프트웨어를 빌드하고 시험하는 머신입니다.</translation>
    </message>
    <message>
        <source>&amp;File server</source>
        <translation>파일 서버(&amp;F)</translation>
    </message>
    <message>
        <source>Keeps files that you copy to it over SSH (SFTP or scp). Add a data disk on a later page.</source>
        <translation>SSH(SFTP 또는 scp)로 복사한 파일을 보관합니다. 이후 페이지에서 데이터 디스크를 추가하세요.</translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation>사용자 지정(&amp;U)</translation>
    </message>
    <message>
        <source>Starts with SSH access only; you choose everything on the next pages.</source>
        <translation>SSH 접속만으로 시작하며, 나머지는 다음 페이지에서 모두 직접 고릅니다.</translation>
    </message>
    <message numerus="yes">
        <source>A VM pair needs two cloud accounts, one for the main VM and one for its twin, and you have %n. Add another on the Clouds page (another cloud, or another project on the same cloud) before the last question.</source>
        <translation>
            <numerusform>VM 쌍에는 메인 VM용과 트윈용으로 클라우드 계정이 두 개 필요한데, 지금은 %n개입니다. 마지막 질문 전에 클라우드 페이지에서 계정을 하나 더 추가하세요(다른 클라우드 또는 같은 클라우드의 다른 프로젝트).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReviewPage</name>
    <message>
        <source>Review what will be made</source>
        <translation>만들어질 내용 검토</translation>
    </message>
    <message>
        <source>CloudTwin asked both clouds what they offer and matched your answers to it. Nothing is made until you press Create VMs.</source>
        <translation>CloudTwin이 두 클라우드에 제공 항목을 확인하고 답에 맞춰 골랐습니다. VM 만들기를 누르기 전에는 아무것도 만들어지지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Create VMs</source>
        <translation>VM 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>복사(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the file shown to the clipboard.</source>
        <translation>보이는 파일을 클립보드에 복사합니다.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every generated file in a folder of your choice.</source>
        <translation>생성된 모든 파일을 원하는 폴더에 저장합니다.</translation>
    </message>
    <message>
        <source>Generated file</source>
        <translation>생성된 파일</translation>
    </message>
    <message>
        <source>CloudTwin creates the VMs through the clouds&apos; APIs itself; these files are for reading, or for people who keep their infrastructure in Terraform. Secrets are variables, never written here.</source>
        <translation>CloudTwin은 클라우드 API로 직접 VM을 만듭니다. 이 파일은 읽어 보거나 인프라를 Terraform으로 관리하는 사람을 위한 것입니다. 비밀 정보는 변수이며 여기에 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>계획(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Terraform</source>
        <translation>Terraform(&amp;T)</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1을(를) 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>The plan could not be made. %1
Go Back to change the answer this names, or fix it on the cloud and press Try again.</source>
        <translation>계획을 만들 수 없습니다. %1
뒤로 가서 여기에 언급된 답을 바꾸거나, 클라우드에서 문제를 해결한 뒤 다시 시도를 누르세요.</translation>
    </message>
    <message>
        <source>The cloud %1 is no longer in your Clouds list.</source>
        <translation>클라우드 %1이(가) 더 이상 클라우드 목록에 없습니다.</translation>
    </message>
    <message>
        <source>Asking %1 and %2 what they offer…</source>
        <translation>%1과(와) %2에서 제공하는 항목을 확인하는 중…</translation>
    </message>
    <message>
        <source>A cloud was removed from your Clouds list while the plan was being made.</source>
        <translation>계획을 만드는 동안 클라우드 목록에서 클라우드가 제거되었습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>요청한 사양</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GB memory, %3 GB disk; %4</source>
        <translation>vCPU %1개, 메모리 %2 GB, 디스크 %3 GB; %4</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <source>none besides the operating system</source>
        <translation>운영 체제 외에는 없음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 (%2 허용)</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>누구나</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH 키</translation>
    </message>
    <message>
        <source>a new ed25519 key; the private key is kept with your cloud passwords</source>
        <translation>새 ed25519 키. 개인 키는 클라우드 비밀번호와 함께 보관됩니다</translation>
    </message>
    <message>
        <source>your own public key</source>
        <translation>내 공개 키</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>데이터 디스크</translation>
    </message>
    <message>
        <source>%1 GB at %2</source>
        <translation>%1 GB, %2에 마운트</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>보호</translation>
    </message>
    <message numerus="yes">
        <source>lose at most %n minute(s) of work</source>
        <translation>
            <numerusform>최대 %n분 분량의 작업 손실 허용</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unreachable for at most %n minute(s)</source>
        <translation>
            <numerusform>최대 %n분 동안 접속 불가 허용</numerusform>
        </translation>
    </message>
    <message>
        <source> (stored for protection)</source>
        <translation> (보호 기능용으로 저장)</translation>
    </message>
    <message>
        <source>Main VM %1 on %2</source>
        <translation>%2의 메인 VM %1</translation>
    </message>
    <message>
        <source>Twin %1 on %2</source>
        <translation>%2의 트윈 %1</translation>
    </message>
    <message>
        <source>Cloud type</source>
        <translation>클라우드 종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>the cloud&apos;s default</source>
        <translation>클라우드 기본값</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>참고 사항</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s) on two clouds. Press Create VMs to start.</source>
        <translation>
            <numerusform>준비됨: 두 클라우드에서 %n단계. 시작하려면 VM 만들기를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Terraform Files</source>
        <translation>Terraform 파일 내보내기</translation>
    </message>
    <message>
        <source>Export Here</source>
        <translation>여기로 내보내기</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1: %2.</source>
        <translation>
            <numerusform>%1에 파일 %n개를 저장했습니다: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1. %2</source>
        <translation>%1(으)로 내보낼 수 없습니다. %2</translation>
    </message>
    <message>
        <source>The Terraform files cannot be written for this plan: %1 Creating the VMs does not need them.</source>
        <translation>이 계획으로는 Terraform 파일을 쓸 수 없습니다: %1 VM을 만드는 데에는 필요하지 않습니다.</translation>
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
    <message>
        <source>CloudTwin accounts live on this computer (or on your CloudTwin database server). New here? Choose Create Account.</source>
        <translation>CloudTwin 계정은 이 컴퓨터(또는 CloudTwin 데이터베이스 서버)에 있습니다. 처음이신가요? [계정 만들기]를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 to %2 characters: lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>%1~%2자. 영문 소문자, 숫자, 마침표, 하이픈 또는 밑줄을 사용할 수 있으며 영문자로 시작해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ct::SizePage</name>
    <message>
        <source>How big should it be?</source>
        <translation>크기를 얼마로 할까요?</translation>
    </message>
    <message>
        <source>Each cloud gets the nearest size it really offers that has at least these numbers; the review page shows which one and why.</source>
        <translation>각 클라우드에서 실제로 제공하는 크기 중 이 수치 이상인 가장 가까운 것을 고릅니다. 어떤 것을 왜 골랐는지는 검토 페이지에 나옵니다.</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>작게(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>보통(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>크게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Extra large</source>
        <translation>아주 크게(&amp;E)</translation>
    </message>
    <message>
        <source>Small suits a personal website or a small team&apos;s tool; pick a bigger size for busy sites, databases with much data or heavy builds. The size can be changed later.</source>
        <translation>작게는 개인 웹 사이트나 작은 팀의 도구에 알맞습니다. 방문자가 많은 사이트, 데이터가 많은 데이터베이스, 무거운 빌드에는 더 큰 크기를 고르세요. 크기는 나중에 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: my own numbers</source>
        <translation>고급(&amp;V): 수치 직접 입력</translation>
    </message>
    <message>
        <source>&amp;Custom size:</source>
        <translation>사용자 지정 크기(&amp;C):</translation>
    </message>
    <message>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation>프로세서(&amp;P):</translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation>메모리(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>디스크(&amp;D):</translation>
    </message>
</context>
<context>
    <name>ct::SoftwarePage</name>
    <message>
        <source>Which software should be installed?</source>
        <translation>어떤 소프트웨어를 설치할까요?</translation>
    </message>
    <message>
        <source>CloudTwin installs what you tick when the VM starts for the first time, from the operating system&apos;s own packages, and starts its services. You can install more yourself later over SSH.</source>
        <translation>CloudTwin은 VM이 처음 시작할 때 체크한 항목을 운영 체제 자체 패키지로 설치하고 서비스를 시작합니다. 나중에 SSH로 직접 더 설치할 수 있습니다.</translation>
    </message>
    <message>
        <source>Web servers</source>
        <translation>웹 서버</translation>
    </message>
    <message>
        <source>n&amp;ginx — fast web server and reverse proxy</source>
        <translation>nginx(&amp;G) — 빠른 웹 서버이자 리버스 프록시</translation>
    </message>
    <message>
        <source>&amp;Apache HTTP Server — the classic web server</source>
        <translation>Apache HTTP Server(&amp;A) — 전통적인 웹 서버</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>&amp;MariaDB — MySQL-compatible database</source>
        <translation>MariaDB(&amp;M) — MySQL 호환 데이터베이스</translation>
    </message>
    <message>
        <source>M&amp;ySQL — the MySQL database</source>
        <translation>MySQL(&amp;Y) — MySQL 데이터베이스</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL — feature-rich SQL database</source>
        <translation>PostgreSQL(&amp;P) — 기능이 풍부한 SQL 데이터베이스</translation>
    </message>
    <message>
        <source>Tools and languages</source>
        <translation>도구와 언어</translation>
    </message>
    <message>
        <source>&amp;Docker — runs applications in containers</source>
        <translation>Docker(&amp;D) — 컨테이너로 애플리케이션 실행</translation>
    </message>
    <message>
        <source>Pyt&amp;hon 3</source>
        <translation>Python 3(&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;ode.js — JavaScript on the server</source>
        <translation>Node.js(&amp;O) — 서버용 JavaScript</translation>
    </message>
    <message>
        <source>&amp;Java — OpenJDK runtime</source>
        <translation>Java(&amp;J) — OpenJDK 런타임</translation>
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
    <name>ct::VmsPage</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>재부팅</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>Rebooting…</source>
        <translation>재부팅하는 중…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>삭제하는 중…</translation>
    </message>
    <message>
        <source>Filter by name, UUID, address or cloud</source>
        <translation>이름, UUID, 주소 또는 클라우드로 필터링</translation>
    </message>
    <message>
        <source>Filter VMs</source>
        <translation>VM 필터링</translation>
    </message>
    <message>
        <source>Show VMs of</source>
        <translation>표시할 VM의 클라우드</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Ask every cloud for its VMs now (this also happens every 30 seconds).</source>
        <translation>지금 모든 클라우드에 VM 목록을 요청합니다(30초마다 자동으로도 요청합니다).</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>시작(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>재부팅(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Details of the selected VM</source>
        <translation>선택한 VM의 세부 정보</translation>
    </message>
    <message>
        <source>No clouds yet</source>
        <translation>아직 클라우드가 없습니다</translation>
    </message>
    <message>
        <source>Add a cloud on the Clouds page: enter its OpenStack settings or import your clouds.yaml. Its VMs will then be listed here.</source>
        <translation>클라우드 페이지에서 클라우드를 추가하세요. OpenStack 설정을 입력하거나 clouds.yaml을 가져오면 됩니다. 그러면 클라우드의 VM이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Go to &amp;Clouds</source>
        <translation>클라우드로 이동(&amp;C)</translation>
    </message>
    <message>
        <source>No VMs on your clouds</source>
        <translation>클라우드에 VM이 없습니다</translation>
    </message>
    <message>
        <source>Loading your clouds…</source>
        <translation>클라우드를 불러오는 중…</translation>
    </message>
    <message>
        <source>Select a VM in the table first.</source>
        <translation>먼저 표에서 VM을 선택하세요.</translation>
    </message>
    <message>
        <source>Wait until the running action on %1 has finished.</source>
        <translation>%1에서 실행 중인 작업이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Not possible while %1 is %2.</source>
        <translation>%1이(가) %2 상태일 때는 할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%3의 %2 %1</translation>
    </message>
    <message>
        <source>Start the VM %1 on %2?</source>
        <translation>%2의 VM %1을(를) 시작할까요?</translation>
    </message>
    <message>
        <source>Stop the VM %1 on %2?</source>
        <translation>%2의 VM %1을(를) 중지할까요?</translation>
    </message>
    <message>
        <source>The VM is powered off; programs running on it stop. Its disk is kept and you can start it again.</source>
        <translation>VM의 전원이 꺼지고 VM에서 실행 중인 프로그램이 중지됩니다. 디스크는 유지되며 VM을 다시 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Reboot the VM %1 on %2?</source>
        <translation>%2의 VM %1을(를) 재부팅할까요?</translation>
    </message>
    <message>
        <source>The operating system is asked to restart; the VM is unreachable for a moment.</source>
        <translation>운영 체제에 다시 시작하도록 요청합니다. 잠시 동안 VM에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete the VM %1 on %2?</source>
        <translation>%2의 VM %1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>The VM and its local disk are removed from the cloud for good. This cannot be undone.</source>
        <translation>VM과 로컬 디스크가 클라우드에서 영구적으로 제거됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 VM</source>
        <translation>VM %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is running.</source>
        <translation>%2의 %1이(가) 실행 중입니다.</translation>
    </message>
    <message>
        <source>%1 on %2 is stopped.</source>
        <translation>%2의 %1이(가) 중지되었습니다.</translation>
    </message>
    <message>
        <source>%1 on %2 was rebooted.</source>
        <translation>%2의 %1을(를) 재부팅했습니다.</translation>
    </message>
    <message>
        <source>%1 on %2 was deleted.</source>
        <translation>%2의 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Could not %1 %2 on %3. %4</source>
        <translation>%3의 %2을(를) %1할 수 없습니다. %4</translation>
    </message>
    <message>
        <source>%1 on %2: the action failed.</source>
        <translation>%2의 %1: 작업에 실패했습니다.</translation>
    </message>
    <message>
        <source>Select a VM to see all its details here.</source>
        <translation>VM을 선택하면 모든 세부 정보가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전원</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>플레이버</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MiB RAM, %3 GB disk</source>
        <translation>vCPU %1개, RAM %2MiB, 디스크 %3GB</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>%1 — %2 (IPv%3, %4)</source>
        <translation>%1 — %2 (IPv%3, %4)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>키 페어</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>업데이트 시각</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be reached.&lt;/b&gt; %2 The VMs shown for it are from the last successful refresh.</source>
        <translation>&lt;b&gt;%1에 연결할 수 없습니다.&lt;/b&gt; %2 표시된 VM은 마지막으로 새로 고침에 성공했을 때의 정보입니다.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>다시 시도하는 중…</translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation>모든 클라우드</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1에 업데이트됨</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MiB RAM, disk size not reported</source>
        <translation>vCPU %1개, RAM %2MiB, 디스크 크기 알 수 없음</translation>
    </message>
    <message>
        <source>&amp;New VM Pair…</source>
        <translation>새 VM 쌍(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a VM on one cloud and its twin on another, answering plain questions.</source>
        <translation>쉬운 질문에 답해 한 클라우드에 VM을, 다른 클라우드에 그 트윈을 만듭니다.</translation>
    </message>
    <message>
        <source>Your clouds answered, but none of them has a VM yet. Press New VM Pair… to create a VM and its twin; they will appear here.</source>
        <translation>클라우드가 응답했지만 아직 VM이 있는 클라우드가 없습니다. 새 VM 쌍…을 눌러 VM과 트윈을 만드세요. 만든 VM이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Its twin</source>
        <translation>트윈</translation>
    </message>
    <message>
        <source>Its main VM</source>
        <translation>주 VM</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
</context>
<context>
    <name>ct::cloudstack</name>
    <message>
        <source>Check the user name, password and domain in this cloud&apos;s settings.</source>
        <translation>이 클라우드 설정의 사용자 이름, 비밀번호, 도메인을 확인하세요.</translation>
    </message>
    <message>
        <source>Check the API key and secret key (or user name, password and domain) in this cloud&apos;s settings, and that this computer&apos;s clock is right: signed requests expire after a few minutes.</source>
        <translation>이 클라우드 설정의 API 키와 시크릿 키(또는 사용자 이름, 비밀번호, 도메인)를 확인하고, 이 컴퓨터의 시계가 맞는지 확인하세요. 서명된 요청은 몇 분 뒤 만료됩니다.</translation>
    </message>
    <message>
        <source>CloudStack rejected a parameter of the request. Check the value it names.</source>
        <translation>CloudStack이 요청의 매개변수를 거부했습니다. 지목된 값을 확인하세요.</translation>
    </message>
    <message>
        <source>This CloudStack does not offer the command, or your role may not use it. Ask the cloud&apos;s administrator.</source>
        <translation>이 CloudStack에는 해당 명령이 없거나 사용자 역할로는 쓸 수 없습니다. 클라우드 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>CloudStack is limiting API requests (api.throttling). Wait a minute and try again.</source>
        <translation>CloudStack이 API 요청을 제한하고 있습니다(api.throttling). 1분 정도 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>CloudStack had an internal error. Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation>CloudStack에서 내부 오류가 발생했습니다. 다시 시도하고, 계속되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask the cloud&apos;s administrator for the permission.</source>
        <translation>이 계정으로는 이 작업을 할 수 없습니다. 클라우드 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>The account&apos;s resource limit is reached. Delete something you no longer need, or ask the cloud&apos;s administrator for a higher limit.</source>
        <translation>계정의 리소스 한도에 도달했습니다. 더 이상 필요 없는 것을 삭제하거나 클라우드 관리자에게 한도를 늘려 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The cloud has no capacity for this right now (hosts, storage or addresses). Try a smaller offering or another zone, or ask the cloud&apos;s administrator.</source>
        <translation>지금 클라우드에 이 작업을 위한 여유(호스트, 스토리지 또는 주소)가 없습니다. 더 작은 오퍼링이나 다른 존을 쓰거나 클라우드 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>A resource CloudStack needs is unavailable right now. Try again later.</source>
        <translation>CloudStack에 필요한 리소스를 지금 쓸 수 없습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>CloudStack could not allocate the resource. Try again, or try another offering or zone.</source>
        <translation>CloudStack이 리소스를 할당하지 못했습니다. 다시 시도하거나 다른 오퍼링이나 존을 쓰세요.</translation>
    </message>
    <message>
        <source>The resource is in use. Detach or stop what uses it, then try again.</source>
        <translation>리소스가 사용 중입니다. 사용 중인 것을 분리하거나 중지한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A network rule conflicts with an existing one. Remove or change the existing rule first.</source>
        <translation>네트워크 규칙이 기존 규칙과 충돌합니다. 먼저 기존 규칙을 삭제하거나 변경하세요.</translation>
    </message>
    <message>
        <source>The CloudStack API (or the proxy in front of it) is not available right now. Try again in a few minutes; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation>지금 CloudStack API(또는 그 앞의 프록시)를 쓸 수 없습니다. 몇 분 뒤 다시 시도하고, 계속되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>CloudStack answered with an unexpected error. Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation>CloudStack이 예상하지 못한 오류로 응답했습니다. 다시 시도하고, 계속되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack could not run %2 (error %3, %4).</source>
        <translation>%1: CloudStack이 %2을(를) 실행하지 못했습니다(오류 %3, %4).</translation>
    </message>
    <message>
        <source>%1: CloudStack could not run %2 (error %3).</source>
        <translation>%1: CloudStack이 %2을(를) 실행하지 못했습니다(오류 %3).</translation>
    </message>
    <message>
        <source>The cloud said: “%1”.</source>
        <translation>클라우드 응답: “%1”.</translation>
    </message>
</context>
<context>
    <name>ct::cloudstack::CloudStackClient</name>
    <message>
        <source>%1: CloudStack could not run %2 — the API answered with an HTML page (“%3”) instead of JSON. A proxy or login page may sit in front of the cloud: check the API URL (it usually ends in /client/api).</source>
        <translation>%1: CloudStack이 %2을(를) 실행하지 못했습니다 — API가 JSON 대신 HTML 페이지(“%3”)로 응답했습니다. 클라우드 앞에 프록시나 로그인 페이지가 있을 수 있습니다. API URL을 확인하세요(보통 /client/api로 끝납니다).</translation>
    </message>
    <message>
        <source>%1: CloudStack could not run %2 — the API sent malformed JSON (%3 at byte %4). Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation>%1: CloudStack이 %2을(를) 실행하지 못했습니다 — API가 잘못된 JSON을 보냈습니다(%4바이트 위치에서 %3). 다시 시도하고, 계속되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>객체가 아님</translation>
    </message>
    <message>
        <source>%1: stopped waiting for CloudStack job %2 (%3). The job itself goes on in the cloud; its result can be looked up later with this job id.</source>
        <translation>%1: CloudStack 작업 %2(%3) 대기를 멈췄습니다. 작업 자체는 클라우드에서 계속되며, 결과는 나중에 이 작업 ID로 조회할 수 있습니다.</translation>
    </message>
    <message>
        <source>(job %1)</source>
        <translation>(작업 %1)</translation>
    </message>
    <message>
        <source>%1: CloudStack answered queryAsyncJobResult for job %2 (%3) without a job status. Check the API URL; if it is right, tell the cloud&apos;s administrator.</source>
        <translation>%1: CloudStack이 작업 %2(%3)의 queryAsyncJobResult에 작업 상태 없이 응답했습니다. API URL을 확인하고, 맞다면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack job %2 (%3) did not finish in time. It may still finish: look at it later with this job id before trying again.</source>
        <translation>%1: CloudStack 작업 %2(%3)이(가) 제시간에 끝나지 않았습니다. 아직 끝날 수 있으니 다시 시도하기 전에 이 작업 ID로 나중에 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ct::cloudstack::CloudStackProvider</name>
    <message>
        <source>CloudStack %1</source>
        <translation>CloudStack %1</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) available</source>
        <translation>
            <numerusform>사용 가능한 존 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s)</source>
        <translation>
            <numerusform>가상 머신 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own template(s)</source>
        <translation>
            <numerusform>자체 템플릿 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: CloudStack has no virtual machine %2. It may have been deleted meanwhile; refresh and try again.</source>
        <translation>%1: CloudStack에 가상 머신 %2이(가) 없습니다. 그사이 삭제되었을 수 있습니다. 새로 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack lists no available zone for this account. Ask the cloud&apos;s administrator.</source>
        <translation>%1: CloudStack에 이 계정이 쓸 수 있는 존이 없습니다. 클라우드 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack has no available zone “%2”. Choose one of the zones the cloud lists.</source>
        <translation>%1: CloudStack에 사용 가능한 존 “%2”이(가) 없습니다. 클라우드가 보여 주는 존 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack did not say which OS type template %2 has, which a new template needs. Set the OS type (ostypeid) explicitly.</source>
        <translation>%1: CloudStack이 템플릿 %2의 OS 유형을 알려 주지 않았는데, 새 템플릿에는 이 값이 필요합니다. OS 유형(ostypeid)을 직접 지정하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack lists no ROOT volume for virtual machine %2, so it cannot be snapshotted.</source>
        <translation>%1: CloudStack에 가상 머신 %2의 ROOT 볼륨이 없어 스냅샷을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: virtual machine %2 (%3) went into the Error state. Delete it and try again; if it happens again, tell the cloud&apos;s administrator.</source>
        <translation>%1: 가상 머신 %2(%3)이(가) Error 상태가 되었습니다. 삭제한 뒤 다시 시도하고, 또 일어나면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>%1: virtual machine %2 did not get there in time; it is still %3. It may finish later: refresh before trying again.</source>
        <translation>%1: 가상 머신 %2이(가) 제시간에 원하는 상태가 되지 않았습니다. 아직 %3 상태입니다. 나중에 끝날 수 있으니 다시 시도하기 전에 새로 고치세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack has no template %2 this account can see. It may have been deleted meanwhile.</source>
        <translation>%1: CloudStack에 이 계정이 볼 수 있는 템플릿 %2이(가) 없습니다. 그사이 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: template %2 (%3) failed on the cloud: “%4”. Delete it and try again.</source>
        <translation>%1: 템플릿 %2(%3)이(가) 클라우드에서 실패했습니다: “%4”. 삭제한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1: template %2 was not ready in time (last status: %3). It may still become ready: refresh later.</source>
        <translation>%1: 템플릿 %2이(가) 제시간에 준비되지 않았습니다(마지막 상태: %3). 아직 준비될 수 있으니 나중에 새로 고치세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack accepts uploaded templates only as QCOW2, VHD or OVA, not %2. Convert the image first (qemu-img convert -O qcow2).</source>
        <translation>%1: CloudStack은 업로드 템플릿으로 QCOW2, VHD, OVA만 받으며 %2은(는) 받지 않습니다. 먼저 이미지를 변환하세요(qemu-img convert -O qcow2).</translation>
    </message>
    <message>
        <source>%1: a CloudStack template needs an OS type. Give the image the property ostypeid (see listOsTypes).</source>
        <translation>%1: CloudStack 템플릿에는 OS 유형이 필요합니다. 이미지에 ostypeid 속성을 지정하세요(listOsTypes 참고).</translation>
    </message>
    <message>
        <source>%1: CloudStack answered getUploadParamsForTemplate without an id or postURL.</source>
        <translation>%1: CloudStack이 getUploadParamsForTemplate에 id나 postURL 없이 응답했습니다.</translation>
    </message>
    <message>
        <source>%1: template %2 was not created by this CloudTwin session with createImage, so there are no upload parameters for it. Create the image again and upload right after.</source>
        <translation>%1: 템플릿 %2은(는) 이 CloudTwin 세션에서 createImage로 만든 것이 아니어서 업로드 매개변수가 없습니다. 이미지를 다시 만든 뒤 바로 업로드하세요.</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>업로드 중</translation>
    </message>
    <message>
        <source>%1: the download target was closed before the download of template %2 started.</source>
        <translation>%1: 템플릿 %2 다운로드가 시작되기 전에 다운로드 대상이 닫혔습니다.</translation>
    </message>
    <message>
        <source>%1: CloudStack extracted template %2 but named no download URL.</source>
        <translation>%1: CloudStack이 템플릿 %2을(를) 추출했지만 다운로드 URL을 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>%1: the download of template %2 ended after %3 of %4 bytes. Try again.</source>
        <translation>%1: 템플릿 %2 다운로드가 %4바이트 중 %3바이트에서 끝났습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1: the downloaded template %2 does not match CloudStack&apos;s checksum (expected %3, got %4). Do not use the file; download it again.</source>
        <translation>%1: 다운로드한 템플릿 %2이(가) CloudStack의 체크섬과 맞지 않습니다(예상 %3, 실제 %4). 파일을 쓰지 말고 다시 다운로드하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack cannot create a volume from a template. Deploy a virtual machine from the template instead.</source>
        <translation>%1: CloudStack은 템플릿에서 볼륨을 만들 수 없습니다. 대신 템플릿으로 가상 머신을 배포하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack has no volume %2.</source>
        <translation>%1: CloudStack에 볼륨 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1: volume %2 was not made from a template, so CloudStack&apos;s OS type for the new template is unknown. Use a ROOT volume, or make the template with createTemplate and an ostypeid.</source>
        <translation>%1: 볼륨 %2은(는) 템플릿에서 만든 것이 아니어서 새 템플릿의 CloudStack OS 유형을 알 수 없습니다. ROOT 볼륨을 쓰거나 createTemplate과 ostypeid로 템플릿을 만드세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack has no network %2 that this account may use. Choose one of the networks the cloud lists.</source>
        <translation>%1: CloudStack에 이 계정이 쓸 수 있는 네트워크 %2이(가) 없습니다. 클라우드가 보여 주는 네트워크 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack has no disk offering %2. Choose one of the disk offerings the cloud lists.</source>
        <translation>%1: CloudStack에 디스크 오퍼링 %2이(가) 없습니다. 클라우드가 보여 주는 디스크 오퍼링 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack offers no disk offering with a custom size and none of at least %2 GB, so the volume cannot be created. Choose a smaller disk, or ask the cloud&apos;s administrator for such an offering.</source>
        <translation>%1: CloudStack에 크기를 직접 정하는 디스크 오퍼링도, %2GB 이상인 디스크 오퍼링도 없어 볼륨을 만들 수 없습니다. 더 작은 디스크를 선택하거나 클라우드 관리자에게 그런 오퍼링을 요청하세요.</translation>
    </message>
    <message>
        <source>%1: a different SSH key pair named “%2” already exists. Choose another name, or delete the old key pair if nothing uses it.</source>
        <translation>%1: 이름이 “%2”인 다른 SSH 키 페어가 이미 있습니다. 다른 이름을 선택하거나, 아무것도 쓰지 않는다면 기존 키 페어를 삭제하세요.</translation>
    </message>
    <message>
        <source>%1: CloudTwin adds only ingress rules to CloudStack security groups (CloudStack lets all outgoing traffic pass by default). Leave the egress rule out.</source>
        <translation>%1: CloudTwin은 CloudStack 보안 그룹에 수신(ingress) 규칙만 추가합니다(CloudStack은 기본적으로 나가는 트래픽을 모두 허용합니다). 송신(egress) 규칙은 빼세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack accepted the rule for security group %2 but did not list it in its answer. Check the group&apos;s rules in the cloud&apos;s dashboard.</source>
        <translation>%1: CloudStack이 보안 그룹 %2의 규칙을 받아들였지만 응답에 그 규칙이 없습니다. 클라우드 대시보드에서 그룹의 규칙을 확인하세요.</translation>
    </message>
    <message>
        <source>%1: virtual machine %2 has no network, so no public IP can lead to it.</source>
        <translation>%1: 가상 머신 %2에 네트워크가 없어 공인 IP를 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: network “%2” has no static NAT, so CloudStack cannot give virtual machine %3 a public IP of its own. On such a (shared) network the VM&apos;s own address is the one to use; for a public IP choose an isolated network.</source>
        <translation>%1: 네트워크 “%2”에 정적 NAT가 없어 CloudStack이 가상 머신 %3에 전용 공인 IP를 줄 수 없습니다. 이런 (공유) 네트워크에서는 VM 자신의 주소를 쓰세요. 공인 IP가 필요하면 격리(isolated) 네트워크를 선택하세요.</translation>
    </message>
    <message>
        <source>%1: CloudStack answered listZones with a zone that has no “name” (id “%2”). Check the API URL; if it is right, tell the cloud&apos;s administrator.</source>
        <translation>%1: CloudStack이 listZones에 “name”이 없는 영역(id “%2”)으로 응답했습니다. API URL을 확인하고, 맞다면 클라우드 관리자에게 알리세요.</translation>
    </message>
</context>
<context>
    <name>ct::cloudstack::LoginAuthenticator</name>
    <message>
        <source>%1: CloudStack accepted the login of %2 but sent no session key. The account may need two-factor authentication, which CloudTwin does not support; use an API key and secret key instead.</source>
        <translation>%1: CloudStack이 %2의 로그인을 받아들였지만 세션 키를 보내지 않았습니다. 이 계정에 CloudTwin이 지원하지 않는 2단계 인증이 필요할 수 있습니다. 대신 API 키와 시크릿 키를 쓰세요.</translation>
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
    <name>ct::deploy::DeployJob</name>
    <message>
        <source>You cancelled the create.</source>
        <translation>생성을 취소했습니다.</translation>
    </message>
    <message>
        <source>A VM pair named %1 exists already. Choose another name, or delete that pair first.</source>
        <translation>이름이 %1인 VM 쌍이 이미 있습니다. 다른 이름을 고르거나 먼저 그 쌍을 삭제하세요.</translation>
    </message>
    <message>
        <source>%1 is being created already, or its last create was interrupted and is still being cleaned up. Wait until that has finished, then try again.</source>
        <translation>%1을(를) 이미 만드는 중이거나, 지난 생성이 중단되어 아직 정리 중입니다. 끝날 때까지 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The cloud was removed during the create.</source>
        <translation>생성 중에 클라우드가 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>알 수 없는 단계입니다.</translation>
    </message>
    <message>
        <source>Opened by CloudTwin for %1</source>
        <translation>CloudTwin이 %1을(를) 위해 연 포트</translation>
    </message>
    <message>
        <source>Stopped waiting.</source>
        <translation>대기를 멈췄습니다.</translation>
    </message>
    <message>
        <source>%1 could not start the VM %2: %3</source>
        <translation>%1이(가) VM %2을(를) 시작하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>the cloud gave no reason</source>
        <translation>클라우드가 이유를 알려 주지 않았습니다</translation>
    </message>
    <message>
        <source>The VM %1 on %2 was deleted while it started.</source>
        <translation>%2의 VM %1이(가) 시작되는 동안 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The VM %1 on %2 did not start within %3 seconds (it is %4).</source>
        <translation>%2의 VM %1이(가) %3초 안에 시작되지 않았습니다(현재 상태: %4).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
    <message>
        <source>Both VMs were created, but CloudTwin could not record them: %1</source>
        <translation>두 VM을 만들었지만 CloudTwin이 기록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1 What was already created was kept, as you asked.</source>
        <translation>%1 요청하신 대로 이미 만든 것은 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>%1 Everything this create had made was removed again.</source>
        <translation>%1 이번 생성에서 만든 것은 모두 다시 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 Some things could not be removed and are still in your clouds: %2. Delete them there.</source>
        <translation>%1 일부를 삭제하지 못해 클라우드에 남아 있습니다: %2. 클라우드에서 직접 삭제하세요.</translation>
    </message>
</context>
<context>
    <name>ct::deploy::Recovery</name>
    <message>
        <source>The create of %1 was interrupted, and CloudTwin cannot reach its clouds to clean up yet (%2). It will try again at the next start.</source>
        <translation>%1 생성이 중단되었고, CloudTwin이 정리를 위해 클라우드에 아직 연결할 수 없습니다(%2). 다음 시작 때 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The create of %1 was interrupted (CloudTwin stopped while it ran).</source>
        <translation>%1 생성이 중단되었습니다(실행 중에 CloudTwin이 멈췄습니다).</translation>
    </message>
    <message>
        <source>%1 What it had made was removed.</source>
        <translation>%1 만들어진 것은 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 Not removed: %2. Delete them in the cloud.</source>
        <translation>%1 삭제하지 못한 것: %2. 클라우드에서 직접 삭제하세요.</translation>
    </message>
</context>
<context>
    <name>ct::deploy::Rollback</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>The cloud was removed.</source>
        <translation>클라우드가 삭제되었습니다.</translation>
    </message>
    <message>
        <source>%1 Everything this create had made was removed again.</source>
        <translation>%1 이번 생성에서 만든 것은 모두 다시 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 Not removed: %2.</source>
        <translation>%1 삭제하지 못한 것: %2.</translation>
    </message>
</context>
<context>
    <name>ct::openstack::ComputeClient</name>
    <message>
        <source>%1: no compute endpoint is known for this account. Sign in first, and check that the project has the compute service in the chosen region.</source>
        <translation>%1: 이 계정에 알려진 컴퓨트 엔드포인트가 없습니다. 먼저 로그인하고, 선택한 리전에서 프로젝트에 컴퓨트 서비스가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>read the compute API versions</source>
        <translation>컴퓨트 API 버전 읽기</translation>
    </message>
    <message>
        <source>%1: the compute service&apos;s version document has neither “version” nor “versions”. Check the compute endpoint in the catalog; if it is right, tell the cloud&apos;s administrator.</source>
        <translation>%1: 컴퓨트 서비스의 버전 문서에 “version”과 “versions”가 모두 없습니다. 카탈로그의 컴퓨트 엔드포인트를 확인하세요. 올바르다면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>list servers</source>
        <translation>서버 목록 조회</translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service&apos;s answer has no “servers” list. Check the compute endpoint; if it is right, tell the cloud&apos;s administrator.</source>
        <translation>%1: %2에 실패했습니다 — 컴퓨트 서비스의 응답에 “servers” 목록이 없습니다. 컴퓨트 엔드포인트를 확인하세요. 올바르다면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>read server %1</source>
        <translation>서버 %1 읽기</translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service&apos;s answer has no “server” object.</source>
        <translation>%1: %2에 실패했습니다 — 컴퓨트 서비스의 응답에 “server” 객체가 없습니다.</translation>
    </message>
    <message>
        <source>create server %1</source>
        <translation>서버 %1 만들기</translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service accepted it but sent no server id. Look for the server in the cloud&apos;s dashboard before trying again.</source>
        <translation>%1: %2에 실패했습니다 — 컴퓨트 서비스가 요청을 받아들였지만 서버 ID를 보내지 않았습니다. 다시 시도하기 전에 클라우드 대시보드에서 서버를 찾아보세요.</translation>
    </message>
    <message>
        <source>delete server %1</source>
        <translation>서버 %1 삭제</translation>
    </message>
    <message>
        <source>start server %1</source>
        <translation>서버 %1 시작</translation>
    </message>
    <message>
        <source>stop server %1</source>
        <translation>서버 %1 중지</translation>
    </message>
    <message>
        <source>reboot server %1</source>
        <translation>서버 %1 재부팅</translation>
    </message>
    <message>
        <source>resize server %1</source>
        <translation>서버 %1 크기 조정</translation>
    </message>
    <message>
        <source>confirm the resize of server %1</source>
        <translation>서버 %1 크기 조정 확인</translation>
    </message>
    <message>
        <source>The server runs with flavor %1, not the requested %2: the resize was probably reverted.</source>
        <translation>서버가 요청한 %2이(가) 아니라 플레이버 %1(으)로 실행 중입니다. 크기 조정이 되돌려진 것 같습니다.</translation>
    </message>
    <message>
        <source>snapshot server %1 to image %2</source>
        <translation>서버 %1의 스냅샷을 이미지 %2(으)로 만들기</translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service accepted it but named no image (neither image_id nor a Location header). Look for the image in the cloud&apos;s image list.</source>
        <translation>%1: %2에 실패했습니다 — 컴퓨트 서비스가 요청을 받아들였지만 이미지를 알려 주지 않았습니다(image_id도 Location 헤더도 없음). 클라우드의 이미지 목록에서 이미지를 찾아보세요.</translation>
    </message>
    <message>
        <source>%1: server %2 disappeared while CloudTwin waited for it (last status %3). It was deleted, by someone else or by the cloud.</source>
        <translation>%1: CloudTwin이 기다리는 동안 서버 %2이(가) 사라졌습니다(마지막 상태 %3). 다른 사람이나 클라우드가 서버를 삭제했습니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1: server %2 (%3) went into ERROR. The cloud said: “%4”. Delete it and try again; if it happens again, tell the cloud&apos;s administrator.</source>
        <translation>%1: 서버 %2(%3)이(가) ERROR 상태가 되었습니다. 클라우드 메시지: “%4”. 서버를 삭제하고 다시 시도하세요. 같은 문제가 반복되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유가 제공되지 않음</translation>
    </message>
    <message>
        <source>%1: server %2 (%3) did not get there in time; it is still %4. It may finish later: refresh before trying again.</source>
        <translation>%1: 서버 %2(%3)이(가) 제시간에 목표 상태가 되지 않았습니다. 아직 %4 상태입니다. 나중에 완료될 수 있으니 새로 고친 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>list flavors</source>
        <translation>플레이버 목록 조회</translation>
    </message>
    <message>
        <source>read flavor %1</source>
        <translation>플레이버 %1 읽기</translation>
    </message>
    <message>
        <source>list key pairs</source>
        <translation>키 페어 목록 조회</translation>
    </message>
    <message>
        <source>attach volume %1 to server %2</source>
        <translation>볼륨 %1을(를) 서버 %2에 연결</translation>
    </message>
    <message>
        <source>detach volume %1 from server %2</source>
        <translation>서버 %2에서 볼륨 %1 분리</translation>
    </message>
    <message>
        <source>import key pair “%1”</source>
        <translation>키 페어 “%1” 가져오기</translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service answered without the key pair. Look for it in the cloud&apos;s key pair list before trying again.</source>
        <translation>%1: %2에 실패했습니다 — 컴퓨트 서비스가 키 페어 없이 응답했습니다. 다시 시도하기 전에 클라우드의 키 페어 목록에서 찾아보세요.</translation>
    </message>
    <message>
        <source>read key pair “%1”</source>
        <translation>키 페어 “%1” 읽기</translation>
    </message>
    <message>
        <source>delete key pair “%1”</source>
        <translation>키 페어 “%1” 삭제</translation>
    </message>
    <message>
        <source>list availability zones</source>
        <translation>가용 영역 목록 조회</translation>
    </message>
    <message>
        <source>zone %1 of %2 has no “zoneName”</source>
        <translation>영역 %2개 중 %1번째에 “zoneName”이 없습니다</translation>
    </message>
    <message>
        <source>“availabilityZoneInfo” is missing</source>
        <translation>“availabilityZoneInfo”가 없습니다</translation>
    </message>
    <message>
        <source>“availabilityZoneInfo” is not a list</source>
        <translation>“availabilityZoneInfo”가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>zone “%1” has no “zoneState” with “available”</source>
        <translation>영역 “%1”에 “available”이 든 “zoneState”가 없습니다</translation>
    </message>
</context>
<context>
    <name>ct::openstack::Json</name>
    <message>
        <source>%1: could not %2 — the %3 service sent an empty answer (HTTP %4) where the API reference promises JSON. Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation>%1: %2에 실패했습니다 — API 참조 문서상 JSON을 보내야 하는데 %3 서비스가 빈 응답(HTTP %4)을 보냈습니다. 다시 시도하세요. 문제가 계속되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>%1: could not %2 — the %3 service answered with an HTML page (“%4”) instead of JSON. A proxy or login page may sit in front of the cloud: check the endpoint address and your proxy settings.</source>
        <translation>%1: %2에 실패했습니다 — %3 서비스가 JSON 대신 HTML 페이지(“%4”)로 응답했습니다. 클라우드 앞에 프록시나 로그인 페이지가 있을 수 있습니다. 엔드포인트 주소와 프록시 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>%1: could not %2 — the %3 service sent malformed JSON (%4 at byte %5). Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation>%1: %2에 실패했습니다 — %3 서비스가 잘못된 JSON을 보냈습니다(%5바이트 위치: %4). 다시 시도하세요. 문제가 계속되면 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>객체가 아님</translation>
    </message>
</context>
<context>
    <name>ct::openstack::KeystoneAuth</name>
    <message>
        <source>The session has closed.</source>
        <translation>세션이 닫혔습니다.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>application credential %1</source>
        <translation>애플리케이션 자격 증명 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message>
        <source>Check the auth URL (%1): it should point to Keystone, e.g. https://keystone.example:5000/v3.</source>
        <translation>인증 URL(%1)을 확인하세요. 인증 URL은 Keystone을 가리켜야 합니다(예: https://keystone.example:5000/v3).</translation>
    </message>
    <message>
        <source>%1: Keystone refused the %2 (HTTP 401). The cloud said: “%3”. The application credential may have expired or been deleted, or its user lost the role on the project. Create a new application credential and enter it in this cloud&apos;s settings.</source>
        <translation>%1: Keystone이 %2을(를) 거부했습니다(HTTP 401). 클라우드 메시지: “%3”. 애플리케이션 자격 증명이 만료되었거나 삭제되었을 수 있고, 또는 해당 사용자가 프로젝트에서 역할을 잃었을 수 있습니다. 새 애플리케이션 자격 증명을 만들어 이 클라우드 설정에 입력하세요.</translation>
    </message>
    <message>
        <source>%1: Keystone refused the sign-in of %2 (HTTP 401). The cloud said: “%3”. Check the password, the user name and domain, and the project in this cloud&apos;s settings.</source>
        <translation>%1: Keystone이 %2의 로그인을 거부했습니다(HTTP 401). 클라우드 메시지: “%3”. 이 클라우드 설정에서 비밀번호, 사용자 이름과 도메인, 프로젝트를 확인하세요.</translation>
    </message>
    <message>
        <source>%1: Keystone accepted the sign-in but sent no X-Subject-Token header. A proxy in front of Keystone may strip it; tell the cloud&apos;s administrator.</source>
        <translation>%1: Keystone이 로그인을 수락했지만 X-Subject-Token 헤더를 보내지 않았습니다. Keystone 앞의 프록시가 이 헤더를 제거했을 수 있습니다. 클라우드 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>%1: Keystone&apos;s token has no readable expires_at (“%2”).</source>
        <translation>%1: Keystone 토큰의 expires_at 값(“%2”)을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: Keystone signed you in but sent an empty service catalog, so no service can be reached. The token is probably not scoped to a project: set the project in this cloud&apos;s settings.</source>
        <translation>%1: Keystone 로그인에는 성공했지만 서비스 카탈로그가 비어 있어 어떤 서비스에도 접근할 수 없습니다. 토큰의 범위가 프로젝트로 지정되지 않았을 가능성이 큽니다. 이 클라우드 설정에서 프로젝트를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>ct::openstack::OpenStackProvider</name>
    <message>
        <source>%1: the upload source was closed before the upload of image %2 started.</source>
        <translation>%1: 이미지 %2의 업로드가 시작되기 전에 업로드 원본이 닫혔습니다.</translation>
    </message>
    <message>
        <source>%1: the download target was closed before the download of image %2 started.</source>
        <translation>%1: 이미지 %2의 다운로드가 시작되기 전에 다운로드 대상이 닫혔습니다.</translation>
    </message>
    <message>
        <source>API %1; listing servers works</source>
        <translation>API %1, 서버 목록 조회 정상</translation>
    </message>
    <message>
        <source>list images</source>
        <translation>이미지 목록 조회</translation>
    </message>
    <message>
        <source>list networks</source>
        <translation>네트워크 목록 조회</translation>
    </message>
    <message>
        <source>list volumes</source>
        <translation>볼륨 목록 조회</translation>
    </message>
    <message>
        <source>%1: the %2 service answered “%3” with something that is not JSON (%4). A proxy may sit in front of it.</source>
        <translation>%1: %2 서비스가 “%3”에 JSON이 아닌 응답을 보냈습니다(%4). 서비스 앞에 프록시가 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 works (%2 ms)</source>
        <translation>%1 정상(%2ms)</translation>
    </message>
    <message>
        <source>signed in; the token is valid until %1 UTC</source>
        <translation>로그인 성공, 토큰 유효 기한: %1 UTC</translation>
    </message>
    <message>
        <source>not checked: signing in failed</source>
        <translation>확인하지 않음: 로그인 실패</translation>
    </message>
    <message>
        <source>%1: a different key pair named “%2” already exists. Choose another name, or delete the old key pair if nothing uses it.</source>
        <translation>%1: 이름이 “%2”인 다른 키 페어가 이미 있습니다. 다른 이름을 선택하거나, 아무것도 쓰지 않는다면 기존 키 페어를 삭제하세요.</translation>
    </message>
    <message>
        <source>%1: server %2 has no network port, so no floating IP can lead to it. Create the server on a network of the project.</source>
        <translation>%1: 서버 %2에 네트워크 포트가 없어 유동 IP를 연결할 수 없습니다. 프로젝트의 네트워크에 서버를 만드세요.</translation>
    </message>
    <message>
        <source>%1: the cloud has no external network (router:external), so there is no pool to take a floating IP from. Ask the cloud&apos;s administrator for one, or reach the server over its private address.</source>
        <translation>%1: 클라우드에 외부 네트워크(router:external)가 없어 유동 IP를 가져올 풀이 없습니다. 클라우드 관리자에게 요청하거나 서버의 사설 주소로 접속하세요.</translation>
    </message>
</context>
<context>
    <name>ct::openstack::ServiceCatalog</name>
    <message>
        <source>region %1 (%2)</source>
        <translation>리전 %1(%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>모든 리전</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>리전 %1</translation>
    </message>
    <message>
        <source>%1: the project&apos;s service catalog has no %2 endpoint in %3 for the %4 interface; it has one in %5. Correct the region or interface in this cloud&apos;s settings.</source>
        <translation>%1: 프로젝트의 서비스 카탈로그에 %3의 %4 인터페이스용 %2 엔드포인트가 없습니다. %5에는 있습니다. 이 클라우드 설정에서 리전이나 인터페이스를 수정하세요.</translation>
    </message>
    <message>
        <source>%1: the project has no %2 service (catalog type %3) in %4. CloudTwin needs it; ask the cloud&apos;s administrator to enable it for this project, or choose another project.</source>
        <translation>%1: %4에 프로젝트의 %2 서비스(카탈로그 유형 %3)가 없습니다. CloudTwin에 필요한 서비스이므로 클라우드 관리자에게 이 프로젝트에서 사용하도록 설정해 달라고 요청하거나 다른 프로젝트를 선택하세요.</translation>
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
    <message>
        <source>Also run CloudTwin&apos;s built-in practice cloud (&quot;Sandbox&quot;, with a few VMs) and add it to every account, so you can try CloudTwin without a cloud of your own.</source>
        <translation>CloudTwin에 내장된 연습용 클라우드(&quot;Sandbox&quot;, VM 몇 개 포함)도 실행하고 모든 계정에 추가하여, 자신의 클라우드 없이도 CloudTwin을 사용해 볼 수 있게 합니다.</translation>
    </message>
</context>
</TS>
