/bin l 0777 0:0 -> usr/bin
/boot d 0755 0:0
/dev d 0755 0:0
/dev/console c 0666 0:0 dev=5,1
/dev/fd l 0777 0:0 -> /proc/self/fd
/dev/full c 0666 0:0 dev=1,7
/dev/null c 0666 0:0 dev=1,3
/dev/ptmx c 0666 0:0 dev=5,2
/dev/pts d 0755 0:0
/dev/random c 0666 0:0 dev=1,8
/dev/shm d 0755 0:0
/dev/stderr l 0777 0:0 -> /proc/self/fd/2
/dev/stdin l 0777 0:0 -> /proc/self/fd/0
/dev/stdout l 0777 0:0 -> /proc/self/fd/1
/dev/tty c 0666 0:0 dev=5,0
/dev/urandom c 0666 0:0 dev=1,9
/dev/zero c 0666 0:0 dev=1,5
/etc d 0755 0:0
/etc/.pwd.lock f 0600 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/etc/adduser.conf f 0644 0:0 size=3040 nlink=1 sha256=d59e8e5e6b3abc22f1143c316c5248f30bb4e15291eed6953a3b90b65dfda2c8
/etc/alternatives d 0755 0:0
/etc/alternatives/README f 0644 0:0 size=100 nlink=1 sha256=a44afdb50eacfc09e45f6dac1e18ae231c179feec633c106e1060bae8ae11df1
/etc/alternatives/awk l 0777 0:0 -> /usr/bin/mawk
/etc/alternatives/awk.1.gz l 0777 0:0 -> /usr/share/man/man1/mawk.1.gz
/etc/alternatives/builtins.7.gz l 0777 0:0 -> /usr/share/man/man7/bash-builtins.7.gz
/etc/alternatives/nawk l 0777 0:0 -> /usr/bin/mawk
/etc/alternatives/nawk.1.gz l 0777 0:0 -> /usr/share/man/man1/mawk.1.gz
/etc/alternatives/pager l 0777 0:0 -> /bin/more
/etc/alternatives/pager.1.gz l 0777 0:0 -> /usr/share/man/man1/more.1.gz
/etc/alternatives/rmt l 0777 0:0 -> /usr/sbin/rmt-tar
/etc/alternatives/rmt.8.gz l 0777 0:0 -> /usr/share/man/man8/rmt-tar.8.gz
/etc/alternatives/which l 0777 0:0 -> /usr/bin/which.debianutils
/etc/alternatives/which.1.gz l 0777 0:0 -> /usr/share/man/man1/which.debianutils.1.gz
/etc/alternatives/which.de1.gz l 0777 0:0 -> /usr/share/man/de/man1/which.debianutils.1.gz
/etc/alternatives/which.es1.gz l 0777 0:0 -> /usr/share/man/es/man1/which.debianutils.1.gz
/etc/alternatives/which.fr1.gz l 0777 0:0 -> /usr/share/man/fr/man1/which.debianutils.1.gz
/etc/alternatives/which.it1.gz l 0777 0:0 -> /usr/share/man/it/man1/which.debianutils.1.gz
/etc/alternatives/which.ja1.gz l 0777 0:0 -> /usr/share/man/ja/man1/which.debianutils.1.gz
/etc/alternatives/which.pl1.gz l 0777 0:0 -> /usr/share/man/pl/man1/which.debianutils.1.gz
/etc/alternatives/which.sl1.gz l 0777 0:0 -> /usr/share/man/sl/man1/which.debianutils.1.gz
/etc/apt d 0755 0:0
/etc/apt/apt.conf.d d 0755 0:0
/etc/apt/apt.conf.d/01autoremove f 0644 0:0 size=399 nlink=1 sha256=35b4360d9126e5e5efc1ce42cea8a957ba42921de749ad8502922d536c9f385c
/etc/apt/apt.conf.d/70debconf f 0644 0:0 size=182 nlink=1 sha256=db749e19baf3b72ca2c157c70c52522cae23d94bc8b2dc5793fd43d427445367
/etc/apt/auth.conf.d d 0755 0:0
/etc/apt/keyrings d 0755 0:0
/etc/apt/preferences.d d 0755 0:0
/etc/apt/sources.list f 0644 0:0 size=47 nlink=1 sha256=ab43e445b33157f4314231e0ef9727e2f8d27f40313f9bcef2699a2a99d922bb
/etc/apt/sources.list.d d 0755 0:0
/etc/apt/trusted.gpg.d d 0755 0:0
/etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc f 0644 0:0 size=11861 nlink=1 sha256=c2a9a16fde95e037bafd0fa6b7e31f41b4ff1e85851de5558f19a2a2f0e955e2
/etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc f 0644 0:0 size=11873 nlink=1 sha256=74f81645b4e3156d1e9a88c8dd9259271b89c7099d64af89a2a6996b592faa1f
/etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc f 0644 0:0 size=461 nlink=1 sha256=521e9f6a9f9b92ee8d5ce74345e8cfd04028dae9db6f571259d584b293549824
/etc/apt/trusted.gpg.d/debian-archive-bullseye-automatic.asc f 0644 0:0 size=11861 nlink=1 sha256=0b7dc94b880f0b63e2093394b113cafd870badb86e020a35614f49b9d83beb1e
/etc/apt/trusted.gpg.d/debian-archive-bullseye-security-automatic.asc f 0644 0:0 size=11873 nlink=1 sha256=716e79393c724d14ecba8be46e99ecbe1b689f67ceff3cb3cab28f6e69e8b8b8
/etc/apt/trusted.gpg.d/debian-archive-bullseye-stable.asc f 0644 0:0 size=3403 nlink=1 sha256=fb260ce8521a2faa4937d98a29a5347807e10614b97d510fbabe5480c803bda9
/etc/apt/trusted.gpg.d/debian-archive-trixie-automatic.asc f 0644 0:0 size=11861 nlink=1 sha256=6f1d277429dd7ffedcc6f8688a7ad9a458859b1139ffa026d1eeaadcbffb0da7
/etc/apt/trusted.gpg.d/debian-archive-trixie-security-automatic.asc f 0644 0:0 size=11873 nlink=1 sha256=844c07d242db37f283afab9d5531270a0550841e90f9f1a9c3bd599722b808b7
/etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc f 0644 0:0 size=1384 nlink=1 sha256=4d097bb93f83d731f475c5b92a0c2fcf108cfce1d4932792fca72d00b48d198b
/etc/bash.bashrc f 0644 0:0 size=1994 nlink=1 sha256=af4f09eb27cb7f140dfee7f3285574a68ca50ac1db2019652cef4196ee346307
/etc/bindresvport.blacklist f 0644 0:0 size=367 nlink=1 sha256=63229551ffc257f56e3df60ca97e1f2963f3ab2128ce27a0f398b4418fa454d0
/etc/cron.d d 0755 0:0
/etc/cron.d/e2scrub_all f 0644 0:0 size=201 nlink=1 sha256=d4df081b982b23e66cac7102f9d91032f296caf13031991d90af44ee6cbf6e3b
/etc/cron.daily d 0755 0:0
/etc/cron.daily/apt-compat f 0755 0:0 size=1478 nlink=1 sha256=1983c659b042b1ec26127e7874954d83cd97eb8dcfd03238a7d2031ea0182fbe
/etc/cron.daily/dpkg f 0755 0:0 size=123 nlink=1 sha256=9f2fdd4b4e7706dda74e8e443e1e1da0fbbb19c62a58e230e90d648b69177c35
/etc/debconf.conf f 0644 0:0 size=2969 nlink=1 sha256=fe7e76d4162e80e0bc8c24bc638c56ae92c07a80db750cbf0a87e0904e143f4e
/etc/debian_version f 0644 0:0 size=6 nlink=1 sha256=0e6ef511d8279cbe816b3596bdda9302016f5e29f6d16814b84ea7cbc12b3ffe
/etc/default d 0755 0:0
/etc/default/hwclock f 0644 0:0 size=81 nlink=1 sha256=1b55f578e17da3838913ce5ba993a3529ba0adaafb71af782f2d9620c5b59c8e
/etc/default/nss f 0644 0:0 size=1756 nlink=1 sha256=836614e9d4d501d0af43087c9c9300365a38d53f24f845efcf0b2ad8194cbaa0
/etc/default/useradd f 0644 0:0 size=1117 nlink=1 sha256=6702e1cb0d7035a0d7a2beeded69f69acd8ac2b2778913b5afe60595936448f5
/etc/deluser.conf f 0644 0:0 size=1706 nlink=1 sha256=348c114422e9e28c8b24775cf39e785d02600445c0ac1c38fe7976c377fba6e5
/etc/dpkg d 0755 0:0
/etc/dpkg/dpkg.cfg f 0644 0:0 size=446 nlink=1 sha256=fead43b89af3ea5691c48f32d7fe1ba0f7ab229fb5d230f612d76fe8e6f5a015
/etc/dpkg/dpkg.cfg.d d 0755 0:0
/etc/dpkg/origins d 0755 0:0
/etc/dpkg/origins/debian f 0644 0:0 size=83 nlink=1 sha256=bd81f9756beb90195877d808492a55d66c7155b1017679ced60fb278d378b55a
/etc/dpkg/origins/default l 0777 0:0 -> debian
/etc/e2scrub.conf f 0644 0:0 size=685 nlink=1 sha256=461e21f3dc1a5f9f3fe7c4e425c93de09fe11e77f5be67b719c81c5b2202ce53
/etc/environment f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/etc/fstab f 0644 0:0 size=37 nlink=1 sha256=a6b093c9916c6c54e5d634d3689f1a0132e14cce0b8e50ff445da8e85acfbd17
/etc/gai.conf f 0644 0:0 size=2584 nlink=1 sha256=76a5771adee7b9f36c7ae66eae78d72f325557500269107f2d98a7e3560a1808
/etc/group f 0644 0:0 size=434 nlink=1 sha256=74842904631a5088b134a25257b8180367913d2b64cf1e3fed061db5fcbd8379
/etc/group- f 0644 0:0 size=434 nlink=1 sha256=0cc1a09e6a22f2c31ef0279e880f5e53bfb9fc86eb4a57fa8bfcbcd6ad72fc41
/etc/gshadow f 0640 0:42 size=364 nlink=1 sha256=27d5db44cdaa830dee778f68b22a34cd9ac4b3fa84f185592bcc2952fa22ce26
/etc/host.conf f 0644 0:0 size=9 nlink=1 sha256=380f5fe21d755923b44203b58ca3c8b9681c485d152bd5d7e3914f67d821d32a
/etc/hostname f 0755 0:0 size=3 nlink=1 sha256=427f93cafd9cc19be6eec03e590c9c6cdf9f688a5eaf21fa8d72351e2b15fd05
/etc/init.d d 0755 0:0
/etc/init.d/hwclock.sh f 0755 0:0 size=1748 nlink=1 sha256=6154f14d18f1c6b5a296412d9830c04648e787a70ae01761093523ef2c1dba6e
/etc/issue f 0644 0:0 size=27 nlink=1 sha256=f9a39dacf9cd1b775a0c79672dfa2a063af0f250e2f0a6e57eabf003f5be6e6b
/etc/issue.net f 0644 0:0 size=20 nlink=1 sha256=e2910d986fa5716331e50a6d095e53e7e8513764d6f2f3f86299336d79c695ba
/etc/kernel d 0755 0:0
/etc/kernel/postinst.d d 0755 0:0
/etc/ld.so.cache f 0644 0:0 size=4523 nlink=1 sha256=20ee28acdfb589f659d3bade9ea030ed3572ce3d7a0df181cba9c37ee18c0ecf
/etc/ld.so.conf f 0644 0:0 size=34 nlink=1 sha256=d4b198c463418b493208485def26a6f4c57279467b9dfa491b70433cedb602e8
/etc/ld.so.conf.d d 0755 0:0
/etc/ld.so.conf.d/libc.conf f 0644 0:0 size=44 nlink=1 sha256=90d4c7e43e7661cd116010eb9f50ad5817e43162df344bd1ad10898851b15d41
/etc/ld.so.conf.d/x86_64-linux-gnu.conf f 0644 0:0 size=100 nlink=1 sha256=f03e4740e6922b4f4a1181cd696b52f62f9f10d003740a8940f7121795c59c98
/etc/libaudit.conf f 0644 0:0 size=191 nlink=1 sha256=d48318c90620fde96cb6a8e6eb1eb64663b21200f9d1d053f9e3b4fce24a2543
/etc/localtime l 0777 0:0 -> /usr/share/zoneinfo/Etc/UTC
/etc/login.defs f 0644 0:0 size=12569 nlink=1 sha256=9db13777d7524a39ba1182742ccebc5b0435314f862050f601e240d58516d9b0
/etc/logrotate.d d 0755 0:0
/etc/logrotate.d/alternatives f 0644 0:0 size=120 nlink=1 sha256=edd383958ce315a642cdfa6aa3fbe2779aa5c674b305fe910449b90cee594c58
/etc/logrotate.d/apt f 0644 0:0 size=173 nlink=1 sha256=fcc2510172fd914ca22762c4b2dc43d36152e65becf8e84abec59f7652da5e3f
/etc/logrotate.d/dpkg f 0644 0:0 size=112 nlink=1 sha256=e4103352545278e47a88b2ca2f2d3681ca474d400d8057ba6ac4f18d71c32042
/etc/mke2fs.conf f 0644 0:0 size=782 nlink=1 sha256=e4fc6a645c530a04e834025b3705b80c6a0694f3c83872bf2c1d4dbd9cd6ce17
/etc/motd f 0644 0:0 size=286 nlink=1 sha256=a378977155fb42bb006496321cbe31f74cbda803c3f6ca590f30e76d1afad921
/etc/nsswitch.conf f 0644 0:0 size=494 nlink=1 sha256=eec30745bade42a3f3f792e4d4192e57d2bcfe8e472433b1de426fe39a39cddb
/etc/opt d 0755 0:0
/etc/os-release l 0777 0:0 -> ../usr/lib/os-release
/etc/pam.conf f 0644 0:0 size=552 nlink=1 sha256=8aa7f3472ec88a24a572d6ffd9748ce3da223fba3b2545098eaaae768b6408c4
/etc/pam.d d 0755 0:0
/etc/pam.d/chfn f 0644 0:0 size=384 nlink=1 sha256=d66a095a330d7e20d0bbb56a4cb28a4b1bfc92e8a5a5e9bfc3d0a51c5e3d7170
/etc/pam.d/chpasswd f 0644 0:0 size=92 nlink=1 sha256=f3f96229e82bf41a7fd3ec12e697b3465235d96bb1e44c39ba91157425a36082
/etc/pam.d/chsh f 0644 0:0 size=581 nlink=1 sha256=0101e7e589ce40435c5a8709888225400a78ab6be86dfc5fef86ee23ba5338ad
/etc/pam.d/common-account f 0644 0:0 size=1208 nlink=1 sha256=aa8a63d72e79399b6c51ebe4e9f828c954145a799eb4b8f3224724f51cbb9fac
/etc/pam.d/common-auth f 0644 0:0 size=1214 nlink=1 sha256=b787b01c7e71c658fa9acb84cbe153f71786cf380af4b01ae9135210cdc0154d
/etc/pam.d/common-password f 0644 0:0 size=1620 nlink=1 sha256=a76bcfdcb12436297ccf72a0d63daed8d9761d8e92996eb08295b81be32567d7
/etc/pam.d/common-session f 0644 0:0 size=1113 nlink=1 sha256=93b668185836f7b2df9bc9a1ad80f9a89c7b1580e0a59d21514b5145cbf0bcc7
/etc/pam.d/common-session-noninteractive f 0644 0:0 size=1154 nlink=1 sha256=d137251095e22fca44fcc5c993699e46446673a085dab8238de6a670fb3cc7f2
/etc/pam.d/login f 0644 0:0 size=4126 nlink=1 sha256=7cfc173a991eddae9552cecf578c6f5044f9d70d5640c45036027b02aa135b57
/etc/pam.d/newusers f 0644 0:0 size=92 nlink=1 sha256=26e75ce7c9066801b8db380ff9d8ba58a5e8cf2de5fb38ffd1db5ba62c85acef
/etc/pam.d/other f 0644 0:0 size=520 nlink=1 sha256=d13078e71d3351ef7f63a7265ddb50b710a2598b9febc78810fbb0130a02695a
/etc/pam.d/passwd f 0644 0:0 size=92 nlink=1 sha256=87696fad1046d6b33b6d3407bb419980987331b4dcd8905f7a6041bced90c51d
/etc/pam.d/runuser f 0644 0:0 size=143 nlink=1 sha256=2d430cb6628248953568010427d663f3305856f3cb055955c2239bea226c5280
/etc/pam.d/runuser-l f 0644 0:0 size=138 nlink=1 sha256=be9329a8b26e3cfd4af879fe60900f646f8188f3fbe491688f23d4d8b491c5b1
/etc/pam.d/su f 0644 0:0 size=2259 nlink=1 sha256=fda16622dc6198eae5d6ae522bb820b7b68dbf2e73899295c4cac9744f7c7904
/etc/pam.d/su-l f 0644 0:0 size=137 nlink=1 sha256=4d10241676e97e5e8d8935e5c8e8f6cb2f871afb881059715f155909be9ebd77
/etc/passwd f 0644 0:0 size=839 nlink=1 sha256=21352194cc533bc5878721507450d867d28ccb1c2f5cd773c792251fa1e63185
/etc/passwd- f 0600 0:0 size=839 nlink=1 sha256=461a76b6b52e84fe0b2939fb0a1e7f95eb146a5802ae6993faf8bcdac7233a9b
/etc/profile f 0644 0:0 size=769 nlink=1 sha256=75656c9c0f960573c7530d29286d273f6cef68d9b17cfeb0d74c712860d56b74
/etc/profile.d d 0755 0:0
/etc/rc0.d d 0755 0:0
/etc/rc0.d/K01hwclock.sh l 0777 0:0 -> ../init.d/hwclock.sh
/etc/rc1.d d 0755 0:0
/etc/rc2.d d 0755 0:0
/etc/rc3.d d 0755 0:0
/etc/rc4.d d 0755 0:0
/etc/rc5.d d 0755 0:0
/etc/rc6.d d 0755 0:0
/etc/rc6.d/K01hwclock.sh l 0777 0:0 -> ../init.d/hwclock.sh
/etc/rcS.d d 0755 0:0
/etc/rcS.d/S01hwclock.sh l 0777 0:0 -> ../init.d/hwclock.sh
/etc/resolv.conf f 0755 0:0 size=25 nlink=1 sha256=b28bb20664856e4e8dcd7776224848fbbf4ed5c7a005f13447fcd3dd347dbb8a
/etc/rmt l 0777 0:0 -> /usr/sbin/rmt
/etc/security d 0755 0:0
/etc/security/access.conf f 0644 0:0 size=4564 nlink=1 sha256=f68915c4eb637aacbfa01cf26dc469a73f70acb0495efc4b074ecbc626bcb345
/etc/security/faillock.conf f 0644 0:0 size=2234 nlink=1 sha256=5c8c902912f0bb59f86b86517f2127ea0c57c5d05b17c4aa62f5bc06c7043c78
/etc/security/group.conf f 0644 0:0 size=3635 nlink=1 sha256=41df4bc646811997d0390c6d37d839d2aef4a9a1a940c44ee1a798a9dc1ac864
/etc/security/limits.conf f 0644 0:0 size=2752 nlink=1 sha256=0adf64deecea56e9ed5c2229db357900218b10b76f7e69830c9d209347896206
/etc/security/limits.d d 0755 0:0
/etc/security/namespace.conf f 0644 0:0 size=1637 nlink=1 sha256=112bebee710ae491e8f86caf7f81598a2ef732dea6c0789d5b8c06bef5caea5f
/etc/security/namespace.d d 0755 0:0
/etc/security/namespace.init f 0755 0:0 size=1016 nlink=1 sha256=2d76094c06f10839c566ef64bde5624c325aeab7991e7f5d776c5310e8f41932
/etc/security/opasswd f 0600 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/etc/security/pam_env.conf f 0644 0:0 size=2971 nlink=1 sha256=7038e2676178dcda6a9bdd6b8948af8206af56f5291cb2cda7f563a9904c15bd
/etc/security/sepermit.conf f 0644 0:0 size=418 nlink=1 sha256=fa4136d7fc7ebd9eccd36d290456158b1956993e0e33d248ebabb460f96f4611
/etc/security/time.conf f 0644 0:0 size=2179 nlink=1 sha256=6802adfc8efc6168f87e98e960fa7d15e516a295fef7a6472ef5359527e886ff
/etc/selinux d 0755 0:0
/etc/selinux/semanage.conf f 0644 0:0 size=2065 nlink=1 sha256=920e2adfc551a81617764f0f07ae25919b53f48556bf83e82fb909bc96d73921
/etc/shadow f 0640 0:42 size=474 nlink=1 sha256=3f8d15def515f58b502a02378aeef58dcb52a8ebe8ce541e2ce5f869abcd6bae
/etc/shells f 0644 0:0 size=128 nlink=1 sha256=40d3deb1fc687445079cbc5cac6e14cd78476ae30ed1d28b081312d7037cc7b4
/etc/skel d 0755 0:0
/etc/skel/.bash_logout f 0644 0:0 size=220 nlink=1 sha256=26882b79471c25f945c970f8233d8ce29d54e9d5eedcd2884f88affa84a18f56
/etc/skel/.bashrc f 0644 0:0 size=3526 nlink=1 sha256=afae8986f549c6403410e029f9cce7983311512d04b1f02af02e4ce0af0dd2bf
/etc/skel/.profile f 0644 0:0 size=807 nlink=1 sha256=28b4a453b68dde64f814e94bab14ee651f4f162e15dd9920490aa1d49f05d2a4
/etc/subgid f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/etc/subuid f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/etc/systemd d 0755 0:0
/etc/systemd/system d 0755 0:0
/etc/systemd/system/multi-user.target.wants d 0755 0:0
/etc/systemd/system/multi-user.target.wants/e2scrub_reap.service l 0777 0:0 -> /lib/systemd/system/e2scrub_reap.service
/etc/systemd/system/timers.target.wants d 0755 0:0
/etc/systemd/system/timers.target.wants/apt-daily-upgrade.timer l 0777 0:0 -> /lib/systemd/system/apt-daily-upgrade.timer
/etc/systemd/system/timers.target.wants/apt-daily.timer l 0777 0:0 -> /lib/systemd/system/apt-daily.timer
/etc/systemd/system/timers.target.wants/dpkg-db-backup.timer l 0777 0:0 -> /lib/systemd/system/dpkg-db-backup.timer
/etc/systemd/system/timers.target.wants/e2scrub_all.timer l 0777 0:0 -> /lib/systemd/system/e2scrub_all.timer
/etc/systemd/system/timers.target.wants/fstrim.timer l 0777 0:0 -> /lib/systemd/system/fstrim.timer
/etc/systemd/user d 0755 0:0
/etc/terminfo d 0755 0:0
/etc/terminfo/README f 0644 0:0 size=212 nlink=1 sha256=cfc3399b782bb0ecb14b9727dbd5ffd82ef774d473f6c47c39e621f8f4850603
/etc/timezone f 0644 0:0 size=8 nlink=1 sha256=f0dcac7b1d721d2f68937a71f0229b4c4f88564fd711339951528889913cd85d
/etc/update-motd.d d 0755 0:0
/etc/update-motd.d/10-uname f 0755 0:0 size=23 nlink=1 sha256=1dca09550a75048731bbd17f17e027cc71ae50a86e0d911a8b3813e88d9b5ab6
/etc/xattr.conf f 0644 0:0 size=681 nlink=1 sha256=0fc794a9826011c88b118c5ff4e30dfcbebd73518e64b0cda7aaec3ad7e578bd
/home d 0755 0:0
/lib l 0777 0:0 -> usr/lib
/lib64 l 0777 0:0 -> usr/lib64
/media d 0755 0:0
/mnt d 0755 0:0
/opt d 0755 0:0
/proc d 0755 0:0
/root d 0700 0:0
/root/.bashrc f 0644 0:0 size=571 nlink=1 sha256=373b7d3b2ab90d75daf94ca16d61339d088c12020ad43b65d1b34ea80b0c0818
/root/.profile f 0644 0:0 size=161 nlink=1 sha256=bbee58b1e0787bb851e7f7a4d0c187a8122d68eb67e5fa464696310398ac005b
/run d 0755 0:0
/run/lock d 1777 0:0
/run/mount d 0755 0:0
/sbin l 0777 0:0 -> usr/sbin
/srv d 0755 0:0
/sys d 0755 0:0
/tmp d 1777 0:0
/usr d 0755 0:0
/usr/bin d 0755 0:0
/usr/bin/[ f 0755 0:0 size=68496 nlink=1 sha256=0ab2918ea6c958649c78f366e281d1c242eb4463e83c7725ad84e2a0f7ec2903
/usr/bin/addpart f 0755 0:0 size=31040 nlink=1 sha256=fef11e4f1f03d69b7147e71233a451ce2bd578ca03e696b6baa4dbeeb13e0803
/usr/bin/apt f 0755 0:0 size=18752 nlink=1 sha256=44059b6dbfbc89c0748bcb6e630a4a9af6fe33ecbb87b8a45a9d3e88287eabec
/usr/bin/apt-cache f 0755 0:0 size=88456 nlink=1 sha256=50aedfe7bc85326f1eeb838cddeea2bc29260851f7ade4e44756cdd7ebc00d60
/usr/bin/apt-cdrom f 0755 0:0 size=22920 nlink=1 sha256=038988aec1aec295d41fcc01a7e0a372a85d0ff6a8cfd310318111b97c56f5d3
/usr/bin/apt-config f 0755 0:0 size=26944 nlink=1 sha256=231139f082f153244419738c62d5cf7fa0152339f21b6cd0666a4c19c7abc660
/usr/bin/apt-get f 0755 0:0 size=51592 nlink=1 sha256=c2117516d26cc559ccbd16252778d8ab8cee1ceac4be60e9c975e5c4bbbb47fe
/usr/bin/apt-key f 0755 0:0 size=27972 nlink=1 sha256=88c43d1b6084db154eb111b0992084aad9b2442aeb1b626c6eed5f4ec3d65d07
/usr/bin/apt-mark f 0755 0:0 size=59784 nlink=1 sha256=86bcb5892071b371c3ab6bceb1b1910e80b1339404c798873a7aaf01ee6997dd
/usr/bin/arch f 0755 0:0 size=43888 nlink=1 sha256=cc7ca3ebd8f5f398b275ad7be6fda7b49f8a7b1c7dfa3d32d9f3aa26ffda6f03
/usr/bin/awk l 0777 0:0 -> /etc/alternatives/awk
/usr/bin/b2sum f 0755 0:0 size=60400 nlink=1 sha256=c52220dbef49c19fbb16cbb53e7de82861c193a27bf9c252985a8377af872ddc
/usr/bin/base32 f 0755 0:0 size=48016 nlink=1 sha256=3500cde59df225b1f7988ad6331b875265d739fba3be0444e131bb362eb0d87e
/usr/bin/base64 f 0755 0:0 size=48016 nlink=1 sha256=ae021af1f99f233eef24c17f9d43843ac36a7c5de1025af794682a89938312e5
/usr/bin/basename f 0755 0:0 size=43856 nlink=1 sha256=bc0828b09781a8b19a6d31f23f3f6e0d4e2f216490dc1d1e98321f684cbfe0a2
/usr/bin/basenc f 0755 0:0 size=56208 nlink=1 sha256=7d442ffc72c528a707d7e8bb43816e65de23a88cc8c896c9b88e1dafe4787ab8
/usr/bin/bash f 0755 0:0 size=1265648 nlink=1 sha256=55b89ab22bee4792a210f493a53fb066accd5d30b69837c28d98be5ff863efcf
/usr/bin/bashbug f 0755 0:0 size=6865 nlink=1 sha256=a904fc165728679b2e62047376131ed0684d039a4c576619fbf9ce0b9dd2ae6b
/usr/bin/captoinfo l 0777 0:0 -> tic
/usr/bin/cat f 0755 0:0 size=44016 nlink=1 sha256=008f819498fe591f3cc920d543709347d8d14a139bb3482bc2cd8635c1b3162e
/usr/bin/chage f 2755 0:42 size=80376 nlink=1 sha256=f1aced4c56099e77221aa8a408a073a41d971520fd82108bd8e737cad6e7fcd1
/usr/bin/chattr f 0755 0:0 size=14584 nlink=1 sha256=80c7bc9ca44cbd645607fbc542a8b7ad18e8dd77bfac23de9e459271643af24d
/usr/bin/chcon f 0755 0:0 size=68720 nlink=1 sha256=fc72162c58c5633b64ed326766997ab5d573833f2f610ed87ad0a72f9375271b
/usr/bin/chfn f 4755 0:0 size=62672 nlink=1 sha256=0d91ea5e4961f4b09526e7eba8f1aa7fea53b56290019c656dba29256c860bb4
/usr/bin/chgrp f 0755 0:0 size=68656 nlink=1 sha256=bbee32e3ce054742f944124cd9859b4bf872e8d602f66e0f17c2838214e78aa0
/usr/bin/chmod f 0755 0:0 size=64496 nlink=1 sha256=623fdf73612f898ec829e529ffd143520fb617a75bca84e242030f48d2144645
/usr/bin/choom f 0755 0:0 size=55616 nlink=1 sha256=07d2cbc5e1d13ff14f50ccc0194488db72fbb1d234c080f243e5a20eb32237fe
/usr/bin/chown f 0755 0:0 size=72752 nlink=1 sha256=02769de8f96b96de9b917224b0eca3fbf757f622211a901b0ce323ee1145a3d4
/usr/bin/chrt f 0755 0:0 size=67904 nlink=1 sha256=d4ee6ba79feacf908a5899f4240f06867ee0951c835d517b470630aaec14ea70
/usr/bin/chsh f 4755 0:0 size=52880 nlink=1 sha256=e9ea120b0d271feb49f02ad923e8789f51128beb0f41be11f1a0e7e46484bdf0
/usr/bin/cksum f 0755 0:0 size=142384 nlink=1 sha256=d9b1aa09d173192d3324cf4be0e27b2119d035785d4c83e58f06538694f24470
/usr/bin/clear f 0755 0:0 size=14584 nlink=1 sha256=c6543c0d7d5479fc76c1808f9e5a033b54b67e35f2ec1663b7c354267e2adfb6
/usr/bin/clear_console f 0755 0:0 size=14488 nlink=1 sha256=24dd58ec386be7ab32e9d92bc318d94d655d4b63a49b258cf69f0873241c90dd
/usr/bin/cmp f 0755 0:0 size=52176 nlink=1 sha256=13b9e7eddee255a5a5b334cae7c6e844c16d205e92f7cd6d94617301e2ba84d5
/usr/bin/comm f 0755 0:0 size=48048 nlink=1 sha256=5ba2fd25a7ec1ef5a4fb82eabf6be796d1afba42c795fbf59727582d4d77d6a2
/usr/bin/cp f 0755 0:0 size=151152 nlink=1 sha256=e296487a3a8f10a1c55e56056ba4bbb2d3ca22ae625af9f0d5cebaed28e55fa4
/usr/bin/csplit f 0755 0:0 size=122032 nlink=1 sha256=e8882a91822c82375d60a4187118c4d23ee3fca18ca6364a6cb5acffc2cc509e
/usr/bin/cut f 0755 0:0 size=48112 nlink=1 sha256=fd54b387a71e9c2f774997d0fe7aff65416a85cb9b39f921fa13ee98f3eca809
/usr/bin/dash f 0755 0:0 size=125640 nlink=1 sha256=f5adb8bf0100ed0f8c7782ca5f92814e9229525a4b4e0d401cf3bea09ac960a6
/usr/bin/date f 0755 0:0 size=121904 nlink=1 sha256=b047bec6f8fed78ad9c59c8eda24d6772d51baa766fc0f71f5936d45267e4036
/usr/bin/dd f 0755 0:0 size=89240 nlink=1 sha256=9f3cb6157563063827c7a8c1e191db13ad1d2a3c6821270e4dc520f6cbfb766d
/usr/bin/deb-systemd-helper f 0755 0:0 size=24358 nlink=1 sha256=a895d5f077651960b6ca4ed9c53f8b36eae422ae170f61c972d0c6579e9f8732
/usr/bin/deb-systemd-invoke f 0755 0:0 size=6241 nlink=1 sha256=f06db7d1c3440e1e3b4bcc890f22157f837e15992d20517d16c699de4a38bd7a
/usr/bin/debconf f 0755 0:0 size=2859 nlink=1 sha256=d365d13eb1dff880be7361e4043d25875075776445d4edd1eb4fb1e451a2e41a
/usr/bin/debconf-apt-progress f 0755 0:0 size=11541 nlink=1 sha256=93fb257df4185cc6b83858bdae3c7aec0a4f759a848c743a0b0fd7c7091cf34b
/usr/bin/debconf-communicate f 0755 0:0 size=608 nlink=1 sha256=705b8ce793f999f21bf2f20348b390738a139116c9e483fb39165a508fde4d27
/usr/bin/debconf-copydb f 0755 0:0 size=1719 nlink=1 sha256=085ff55904c81115d8d65f8862f0a5ad393e062da3047762e4d9cd4f5ba761f4
/usr/bin/debconf-escape f 0755 0:0 size=647 nlink=1 sha256=6c17a536ca0fcefa24a7d37f7eaebc02e774415b3160836918cff6cecdef807d
/usr/bin/debconf-set-selections f 0755 0:0 size=2995 nlink=1 sha256=5ad5ab05980f95eeb3862d2e525dca617e6557f6fa5fc2ee725bd36be7e066f9
/usr/bin/debconf-show f 0755 0:0 size=1827 nlink=1 sha256=9dd0bfe9a51d92af868012a32a8190b83a6f4b0834385d12033732b24ee2ceca
/usr/bin/delpart f 0755 0:0 size=31040 nlink=1 sha256=5a79ea69827f651be5268a02c6bda2cf214099204df82b71b169da5b95385500
/usr/bin/df f 0755 0:0 size=102200 nlink=1 sha256=44741cf49aded8a77eb97499f9d9e42e572918513560e2c0a033c0860c3b36cd
/usr/bin/diff f 0755 0:0 size=155216 nlink=1 sha256=4de429713337777f44e9ef340176c2f1818c2fcfe0204ab27277595ff97dab77
/usr/bin/diff3 f 0755 0:0 size=68752 nlink=1 sha256=28b969ec6262924ba1d93fc320c43e01e89d9b97d74235cc86f2d9b263ed1675
/usr/bin/dir f 0755 0:0 size=151344 nlink=1 sha256=54df57d9237f2d3f15a61d00fd2398d65099f64ac49129f7ce09f738a1e998c4
/usr/bin/dircolors f 0755 0:0 size=52144 nlink=1 sha256=fc001a80992e958df0198979131b608fd5ec92e57dcb4bbc89588f4f12f99758
/usr/bin/dirname f 0755 0:0 size=39760 nlink=1 sha256=615bfa889dffb2c6cd9c76da6b4277310acf283743598eb71b9a5e058fd7bbae
/usr/bin/dmesg f 0755 0:0 size=88656 nlink=1 sha256=53a4b55208b91edf1401c386a7fae9fbe3f12372958c07f4ead46e876477a50c
/usr/bin/dnsdomainname l 0777 0:0 -> hostname
/usr/bin/domainname l 0777 0:0 -> hostname
/usr/bin/dpkg f 0755 0:0 size=318096 nlink=1 sha256=f6a5bac0fd35a14257805d305ab2c406099901a16cdf22a4d546e51c5f8fb70d
/usr/bin/dpkg-deb f 0755 0:0 size=170512 nlink=1 sha256=18454213ab4c274ebd877c1aaaa63813f0106ae56c52e2db8b63d9bda8297def
/usr/bin/dpkg-divert f 0755 0:0 size=158264 nlink=1 sha256=feacc04609a1add10a644d3fad043055c8e0df7d84076f058d5c6c1269c260f5
/usr/bin/dpkg-maintscript-helper f 0755 0:0 size=21206 nlink=1 sha256=ab44bb8f3454a2ef0991dcfd832c99e89747f6a9624ffc7095786530f627e2ff
/usr/bin/dpkg-query f 0755 0:0 size=162384 nlink=1 sha256=532ef769e93554259b8de5a9af1915fc63c46207d6283fa28e242db15e238145
/usr/bin/dpkg-realpath f 0755 0:0 size=4186 nlink=1 sha256=09b1ce7691980e7b78c9af5ad693451611c70a4b8b28c629590db7d71c90e5c3
/usr/bin/dpkg-split f 0755 0:0 size=129520 nlink=1 sha256=7255cc3a79beea5ed43171b2eea3a0295a1bafebfcd5e6683d60b9fdf1d1cb5a
/usr/bin/dpkg-statoverride f 0755 0:0 size=63824 nlink=1 sha256=1203417563327402a0663c7c230c2e0850b9832582b166709f8b385489fbddae
/usr/bin/dpkg-trigger f 0755 0:0 size=88560 nlink=1 sha256=f0ecdfdc6b215a1190d49490a1efd5e8339c5197bfa9a5828ade7047e176692f
/usr/bin/du f 0755 0:0 size=175440 nlink=1 sha256=8e9219020a27edb2e0d3f161e8ebba673a19aa05a88b6274dd5962a02f2eec2e
/usr/bin/echo f 0755 0:0 size=43856 nlink=1 sha256=a049fb47554c6cde2ee452e5d87f6386abb63af7cdcae9cd0dc99fc80e0bcf35
/usr/bin/egrep f 0755 0:0 size=41 nlink=1 sha256=10caa507f39367738ca977a5f2014406159064b072dbade0c0c23a40597f66da
/usr/bin/env f 0755 0:0 size=48536 nlink=1 sha256=615c46b39130a04a08da04163542ce7ce1164fa4b35408efb43aac0a8a9f7ae5
/usr/bin/expand f 0755 0:0 size=43952 nlink=1 sha256=18303d60bad5cdf52eaa0e6b3ff2d21db8c975a9011d62bdd493381c90a4062c
/usr/bin/expiry f 2755 0:42 size=31184 nlink=1 sha256=76ca5abc17ecc1ec50f9716f91b7ec9044bce69431b4fc3f172489b56d41e308
/usr/bin/expr f 0755 0:0 size=117808 nlink=1 sha256=22998c5ef997f1f386f1a5acab96fce0c855944a9c14da79f5ca243bb19f8ade
/usr/bin/factor f 0755 0:0 size=85200 nlink=1 sha256=84c037114720d0fb68eeca953bc2675ffd545770ee75fcace29052f126a5ffae
/usr/bin/faillog f 0755 0:0 size=23072 nlink=1 sha256=ab6118571557ab9a1973442b581187dc849cf6359a648d0a91d7630f1433f3b0
/usr/bin/fallocate f 0755 0:0 size=35136 nlink=1 sha256=35888f0737e3a10c4cca703d094acc71e636f324b26ddc140c9a05f4bc47bc65
/usr/bin/false f 0755 0:0 size=35664 nlink=1 sha256=7faadececbd287e494595d6a8203bc521e4463c682a496569187a77e761156bc
/usr/bin/fgrep f 0755 0:0 size=41 nlink=1 sha256=f1bdb63da98989d55e56cef651139f70448d4c8f6ea40bb02610be439e29bf0c
/usr/bin/fincore f 0755 0:0 size=35184 nlink=1 sha256=e5858a42d07813afd43911e28fcb6c8e74f1bcd4a79dbd530658ab4557bc1b2e
/usr/bin/find f 0755 0:0 size=224848 nlink=1 sha256=c703b94ad3448bccc79cda80520964c8d371918a39eecc27f8d60f4e8891770a
/usr/bin/findmnt f 0755 0:0 size=85600 nlink=1 sha256=c20246863774b36e928b0447bd255fac51925d60c123ac187b7c1a5ccf8f3eb3
/usr/bin/flock f 0755 0:0 size=35216 nlink=1 sha256=09f189297bce1f713e2ba9a8607a89f17902edadc54d3c3162d43f76e8d3b6f9
/usr/bin/fmt f 0755 0:0 size=48016 nlink=1 sha256=62cc5a8540901930b70ea6ee6419af7e5522f23bb6c08e92ac5121fca4a5628c
/usr/bin/fold f 0755 0:0 size=43920 nlink=1 sha256=4526d6b5c40966b56b1de203f998beec4e00adf5e6105b8e064b2ac783a20abd
/usr/bin/getconf f 0755 0:0 size=27136 nlink=1 sha256=dc5dae16d20761904355b3ed0ccea13133c1d1545f88a0bc44cc6ce3ae038b91
/usr/bin/getent f 0755 0:0 size=36320 nlink=1 sha256=1a8ece7c471cf0782699fbcbeaa10a21b6b6c9b7f775724c843144117fa85f5f
/usr/bin/getopt f 0755 0:0 size=35136 nlink=1 sha256=438e0b2a3e708e693c2574c7e59c63906ed533e08222bbeebdb0b1bc9e71cf9b
/usr/bin/gpasswd f 4755 0:0 size=88496 nlink=1 sha256=f5ddf4ff327b07c2e1109645d35b0f75011d20877c9a0c2c1b0678dd1b8c3879
/usr/bin/gpgv f 0755 0:0 size=474112 nlink=1 sha256=e82416f3ae002b63c0731f311519c55fc9e7d3c8bdadbd64239833298f09a2cf
/usr/bin/grep f 0755 0:0 size=203152 nlink=1 sha256=9a9c5a0c3b5d1d78952252f7bcf4a992ab9ea1081c84861381380a835106b817
/usr/bin/groups f 0755 0:0 size=43920 nlink=1 sha256=67ad3a42ef1afd94119dcf214d67582be86a9464a20db5cf6cb9a67086979b83
/usr/bin/gunzip f 0755 0:0 size=2346 nlink=2 sha256=55c2f67ca4c3cca0ebac659f0075461dd671ec4937ecd6c71123bb49ed322ebd
/usr/bin/gzexe f 0755 0:0 size=6447 nlink=1 sha256=ec1bf1611079caf2a981b570453d4b8b5b4a1efb20dd32138f393eb994b70fea
/usr/bin/gzip f 0755 0:0 size=98136 nlink=1 sha256=953d326212574b5ad3cbe5f87034b0c142b6e6d71bb619c51eaa3d2ce47f7e24
/usr/bin/hardlink f 0755 0:0 size=51600 nlink=1 sha256=7029a48c90fe1ed63189d02ac5dc5da8bc6368f3897daad457639d62a549f7fd
/usr/bin/head f 0755 0:0 size=48080 nlink=1 sha256=eb93339329ad9ecf68acf3e7cc3415cea3a1d25e1885b4a0e42bdb70063b7ca9
/usr/bin/hostid f 0755 0:0 size=39760 nlink=1 sha256=ce77fc236724c35505e73e97dc21e45e7d3ff6876a18eede29daa37d16e17eb9
/usr/bin/hostname f 0755 0:0 size=22680 nlink=1 sha256=62bc6e27cac163160d151cb5bcbb4f9ca18870b0d56d99a8f73c4eafc9c21a89
/usr/bin/i386 l 0777 0:0 -> setarch
/usr/bin/iconv f 0755 0:0 size=64648 nlink=1 sha256=314a281e6ef9b842dc94037476ae6a2844c82f5a83ee1e4c3e5f38cea935f6ea
/usr/bin/id f 0755 0:0 size=48144 nlink=1 sha256=a3d987dd3f9ec0610dc13b7fdccef84895628065434f44247a65ef0d2a341b3c
/usr/bin/infocmp f 0755 0:0 size=63808 nlink=1 sha256=3702860ecdedc04dde86463e51ccf5a36e7c5b8aa7021685dd189147e23d9747
/usr/bin/infotocap l 0777 0:0 -> tic
/usr/bin/install f 0755 0:0 size=159544 nlink=1 sha256=9848c092188028f520c3742c609f7fdf2b16cbf5b4ac128fbf69c13b9620f124
/usr/bin/ionice f 0755 0:0 size=35136 nlink=1 sha256=02ccf10cc32df4c1a13bb1a7f4406a9752c3216c13e02527b58109c79b48f516
/usr/bin/ipcmk f 0755 0:0 size=35200 nlink=1 sha256=8ba5ab02317e8a76ad32a2ae646c35a7f135021d5c3cbf26a522099c9d2c194d
/usr/bin/ipcrm f 0755 0:0 size=35136 nlink=1 sha256=43fe3b7b9f8466f57f2b639a1dea1c8e381a86a2f720ab70507e120ece1a990b
/usr/bin/ipcs f 0755 0:0 size=76096 nlink=1 sha256=d9a676fe02ac49fbb234f0d550c4e734e016463dc79c2911e756c960b865c0b7
/usr/bin/ischroot f 0755 0:0 size=14664 nlink=1 sha256=5a6f7f1afd73ebb908b673bc9627be9726d6dd50be2c08ab349e16d359defa8c
/usr/bin/join f 0755 0:0 size=56304 nlink=1 sha256=8233e9e237d24c436cfe97af5ba2c95ac0b44742f9c4a3f9bdbad9e3d8868ddd
/usr/bin/last f 0755 0:0 size=51520 nlink=1 sha256=6d73f0cc6fe2b708307842fcd499017a82c9136169c82456c3722f805815213f
/usr/bin/lastb l 0777 0:0 -> last
/usr/bin/lastlog f 0755 0:0 size=32512 nlink=1 sha256=30f3c9a12f119c3c6fc4dd190983b89c37022ed0197e71ad3eb9197d0f8de424
/usr/bin/ld.so l 0777 0:0 -> /lib64/ld-linux-x86-64.so.2
/usr/bin/ldd f 0755 0:0 size=5407 nlink=1 sha256=66b45b1a3d9e3c571d4c107fd620f84bf54864945225d20f87209b4746ff3de5
/usr/bin/link f 0755 0:0 size=39760 nlink=1 sha256=913f86d046789715a1e60371e7434af359a737db8853c8a24dd79bd309a1b6d6
/usr/bin/linux32 l 0777 0:0 -> setarch
/usr/bin/linux64 l 0777 0:0 -> setarch
/usr/bin/ln f 0755 0:0 size=72824 nlink=1 sha256=26b4d4643e3791f277ee734b162428347164435a20456643e5346bfffb60d1a9
/usr/bin/locale f 0755 0:0 size=47272 nlink=1 sha256=57c967caaca706b9fbd121ddf4be72a34b437968add2b70ff19dfb257733b2c8
/usr/bin/localedef f 0755 0:0 size=298912 nlink=1 sha256=23c436bbc2924bfc98e95f7f0084dbdd8020039dbb96fe67b6485f65150a1a84
/usr/bin/logger f 0755 0:0 size=56216 nlink=1 sha256=6ed8be340b171bc5f64576cc667311530faa0dba9736c5b84f4e8a386458ab6f
/usr/bin/login f 0755 0:0 size=53024 nlink=1 sha256=d226cce97094b967f9cdc196f388df493d292f6e501f88f68a9b04cfc44129a1
/usr/bin/logname f 0755 0:0 size=39760 nlink=1 sha256=924fa150fdb9389bbf51e5815b75225792894b69f575cb56f2fa91e119b96c21
/usr/bin/ls f 0755 0:0 size=151344 nlink=1 sha256=cb30d69b24245bf2ecdc9e7f53bbad19159999970b6d82c0c00c7d32d9e37aa4
/usr/bin/lsattr f 0755 0:0 size=14584 nlink=1 sha256=d6c97f6f6a06cdf446be0aaa6fc9ba6f9a9036460c087b601b161d0840183c14
/usr/bin/lsblk f 0755 0:0 size=207168 nlink=1 sha256=37c411674a512a38473f625b93a43914a540834fa5671916b0baa0475d2df3d0
/usr/bin/lscpu f 0755 0:0 size=129344 nlink=1 sha256=a6f9f9b202bb70eb9507694e1fa9931346ee89711096a013aa0f7b58969323d7
/usr/bin/lsfd f 0755 0:0 size=123192 nlink=1 sha256=86d85b4cd89da4d1313cd3fb72e35e025614359fcee4336b8643d4743dd894fb
/usr/bin/lsipc f 0755 0:0 size=100672 nlink=1 sha256=7a4dd5021f4dde003224339fc768857863f8684d664da537eaee2e6ef523da07
/usr/bin/lsirq f 0755 0:0 size=35312 nlink=1 sha256=790e1459772d1747da63350d978c5475bdf5316cb18d22749a6b79d8a142687d
/usr/bin/lslocks f 0755 0:0 size=72400 nlink=1 sha256=e4e055e2335dfb2a26e69f254284dfefda31e89af5760edfdf235664a1fd7572
/usr/bin/lslogins f 0755 0:0 size=96576 nlink=1 sha256=8d2b598d0e2fef51daa59801be3b388164388196a0748c1e1376b6ae25b7f8c6
/usr/bin/lsmem f 0755 0:0 size=67904 nlink=1 sha256=e4960401262f9ae0a596c54e5fb1a953fe2727ec368126c8d6f6beeb244919cc
/usr/bin/lsns f 0755 0:0 size=84288 nlink=1 sha256=9ab1f81a26ae1fa855a27a59214905bd80584bb17bb30d3914f1302dcbcfe5b0
/usr/bin/mawk f 0755 0:0 size=158376 nlink=1 sha256=301315e7e2e964b4e403824b3f6c7ad8db1023e4ce87e6f6c92bf367e047f311
/usr/bin/mcookie f 0755 0:0 size=35200 nlink=1 sha256=05ba95dea1e2eb4b12531e0c8b5a0c81edb585964fc5cec0365570fa54c0bb20
/usr/bin/md5sum f 0755 0:0 size=52176 nlink=1 sha256=cedc25468f8df2346c58cd796c44a42560e08823890fc905b2454d0eea97426e
/usr/bin/md5sum.textutils l 0777 0:0 -> md5sum
/usr/bin/mesg f 0755 0:0 size=18744 nlink=1 sha256=e17ebd3b06af9c69e52906622bdd6727fe6ffb30b115583efc730f80a66d154f
/usr/bin/mkdir f 0755 0:0 size=97552 nlink=1 sha256=ba74b1a15a5b9b7929a595f45103d7fbe722840b7211d313dd4872893f031fb9
/usr/bin/mkfifo f 0755 0:0 size=68784 nlink=1 sha256=8c5a9ba6fd9a07c26bb5e0930054a48e3ec1081c3a280432f9d8ea9fb09a3333
/usr/bin/mknod f 0755 0:0 size=72912 nlink=1 sha256=02d5f0f8290119d9534627cb376b3fcab861130bbf6aedc80102563d7695665b
/usr/bin/mktemp f 0755 0:0 size=43952 nlink=1 sha256=879a70d44241bc6704bb8baae38ebd8466ac95707c3b74ca598a9487a841bfb4
/usr/bin/more f 0755 0:0 size=59712 nlink=1 sha256=e82de2d88db7887020be2b30be7c59f0c4ebac45e8beda73acaf1bf3cb5febfc
/usr/bin/mount f 4755 0:0 size=59704 nlink=1 sha256=18ca60a1e1c93f58fca00607ad32bf192fea00157eac73a5341f8bd1c2201403
/usr/bin/mountpoint f 0755 0:0 size=18744 nlink=1 sha256=23f872a069bfc5626f3dd94d2f1f61b478c2c07f5b07335efe5bfd3c2ae215ae
/usr/bin/mv f 0755 0:0 size=142968 nlink=1 sha256=a781be46e6f27ca5d7e119225429a4a12ef941eea15ed2c44eea0c8bca7e4ebe
/usr/bin/namei f 0755 0:0 size=35136 nlink=1 sha256=75879c646031e47d62bf95575b394b80231714d418ddc28641fd8184cd2098fc
/usr/bin/nawk l 0777 0:0 -> /etc/alternatives/nawk
/usr/bin/newgrp f 4755 0:0 size=48896 nlink=1 sha256=ced400910c4fe7ab0676ae07ee6489d677baa18e1425750a21b9688ab2e02fb6
/usr/bin/nice f 0755 0:0 size=43888 nlink=1 sha256=144ba2794c120a0347058d48081c9c13c2afe4321f1b44318538616295273060
/usr/bin/nisdomainname l 0777 0:0 -> hostname
/usr/bin/nl f 0755 0:0 size=113776 nlink=1 sha256=8ec52ee2fb32e3e5c088b2d92d2e933256548be3376c1c752f0d6b0e994bae20
/usr/bin/nohup f 0755 0:0 size=43920 nlink=1 sha256=d290c0aae67eee4b37a86893cb0f4036f9bf1abe8ed19ecc6a529e7c681390f3
/usr/bin/nproc f 0755 0:0 size=43920 nlink=1 sha256=716561bc24867a55b99ebb523e97ace733d12ffad0f8b55c29664431ac01d36a
/usr/bin/nsenter f 0755 0:0 size=35368 nlink=1 sha256=13a8e099cc1bb3d16336c044fc217f3b3fbd56279ebddcfbde8d12cff0c5aea0
/usr/bin/numfmt f 0755 0:0 size=68624 nlink=1 sha256=bf48f9377ce2851931573d54bc74e19b1bf45c5e19ba108a8b3e153cd71235f2
/usr/bin/od f 0755 0:0 size=80912 nlink=1 sha256=e87e764bd447d6f10d0f3bd519fb62c111f9bf9242c5f7b2764267b8c26b1488
/usr/bin/pager l 0777 0:0 -> /etc/alternatives/pager
/usr/bin/partx f 0755 0:0 size=121152 nlink=1 sha256=c492c820371ab8bb9e1afc91e9df2866b78c0ee7ca86ec5801f212a632e144f2
/usr/bin/passwd f 4755 0:0 size=68248 nlink=1 sha256=d30cd42625b51cb54c49edc5b0b3348d6a438539446af3752a6af10393c4f2d2
/usr/bin/paste f 0755 0:0 size=43920 nlink=1 sha256=8ea6d9a0444faaee0c294f471d0de1194208900d4c0b50a6607ccb5a9fcee932
/usr/bin/pathchk f 0755 0:0 size=43888 nlink=1 sha256=531bd451b4f0dcf767a51ef56d926acdd26f88fcbc2d688c617d610f1ec7fd4c
/usr/bin/perl f 0755 0:0 size=3804464 nlink=2 sha256=f01fa7776dc21c9e4b5f60b2d231ca4d96dab958b8d06aff611cb1c16f871574
/usr/bin/perl5.36.0 f 0755 0:0 size=3804464 nlink=2 sha256=f01fa7776dc21c9e4b5f60b2d231ca4d96dab958b8d06aff611cb1c16f871574
/usr/bin/pidof l 0777 0:0 -> /sbin/killall5
/usr/bin/pinky f 0755 0:0 size=48176 nlink=1 sha256=5ea948c7ee616bb167ab8758899614202d712753acfca3eb430e98afb0f44d7f
/usr/bin/pldd f 0755 0:0 size=23232 nlink=1 sha256=2d52b2767bcb232e1466128c90d565650919255ecc899667a1733e2167b51046
/usr/bin/pr f 0755 0:0 size=81008 nlink=1 sha256=d5b05f2fdd58a5908ffd23b9d827258cf3ed894481923f536f2312b2229f1def
/usr/bin/printenv f 0755 0:0 size=35664 nlink=1 sha256=16a1af53235b0c5e51d95091859951dec0bd431c5761879ea4509aaf0c4e6f0c
/usr/bin/printf f 0755 0:0 size=64432 nlink=1 sha256=bf7cc8faa85842bb662243c5f945b03e284a823742d123ed7421a7f5c9c773e2
/usr/bin/prlimit f 0755 0:0 size=39760 nlink=1 sha256=663634070079386b7401ccc9fb92522ec3ece10f07f84a83fe96ec3ecb0bc74b
/usr/bin/ptx f 0755 0:0 size=138480 nlink=1 sha256=2bf52c99c98b6569ade8c0a2ce08750334d4d5a512d6dafdc7c704cd7dba4663
/usr/bin/pwd f 0755 0:0 size=43952 nlink=1 sha256=14b89d92c7047e3cebb7b8e7b7249360a0979349125f5e567d59924cde59ac58
/usr/bin/rbash l 0777 0:0 -> bash
/usr/bin/readlink f 0755 0:0 size=52112 nlink=1 sha256=bfeeebae7ec8362788bc6e58182d5d1f534e6f7ec970be28ef63590b74edc4a5
/usr/bin/realpath f 0755 0:0 size=52144 nlink=1 sha256=54dfbffc86d9c0933f4ab4434915562c43d1d0a194efe128642fdef34cf11490
/usr/bin/rename.ul f 0755 0:0 size=22840 nlink=1 sha256=d7ae569a913f6bacb6c60fcc6b85948ca528ae7b15df5232f223d07c4cfc42a6
/usr/bin/renice f 0755 0:0 size=14648 nlink=1 sha256=cc701f54f452f8cee40e5cb5f37c28db6dce46c807965b22fcf248652eb49e07
/usr/bin/reset l 0777 0:0 -> tset
/usr/bin/resizepart f 0755 0:0 size=72000 nlink=1 sha256=3ec8bf9b009db5df23e0605e0aad36fcd16607b20718bbaa76f8b24184809394
/usr/bin/rev f 0755 0:0 size=14648 nlink=1 sha256=b6c0570ab35e8a20e2fabc9ea4fff800879a1ddb35b4b29f41961006cbd4af29
/usr/bin/rgrep f 0755 0:0 size=30 nlink=1 sha256=0a8dd42a068115f058ae57f9f6347e1ef0ae2ffea89bf658b132974246577748
/usr/bin/rm f 0755 0:0 size=72752 nlink=1 sha256=58e8be37049deaaacaf56196d507584b94e87a35a524db0c0459eb5ee6ae4b8c
/usr/bin/rmdir f 0755 0:0 size=56240 nlink=1 sha256=139377cd5fd9cdf4f6f049d09dc0a9e7113936790d65b82b7a25a0f147177024
/usr/bin/run-parts f 0755 0:0 size=27560 nlink=1 sha256=78b6e84e2a38fc763e71506c25cea342c7d83ff7d655577b798552f523b67f03
/usr/bin/runcon f 0755 0:0 size=43984 nlink=1 sha256=28d2eff7359ce3f1c89b9db69388af62e79a7f932b67416144caf2e64af5a331
/usr/bin/savelog f 0755 0:0 size=10487 nlink=1 sha256=6a0f55fea1a81f1930c86f534fb5570785b2f12f3da49709e76c3148a89e0197
/usr/bin/script f 0755 0:0 size=71992 nlink=1 sha256=2a6e4aa0ac56fd63c71a66edfa4c44f150ac69f52f0373bde17345f26ed80bfa
/usr/bin/scriptlive f 0755 0:0 size=55608 nlink=1 sha256=8f2048b69d151dd14cfdb83b67bd31f55856936f383c21c1b14fd0212d9a0e1d
/usr/bin/scriptreplay f 0755 0:0 size=47416 nlink=1 sha256=190a035ffc750ef5595bc343515c4594ae32e48586007a40bec77dc812d3c88a
/usr/bin/sdiff f 0755 0:0 size=56400 nlink=1 sha256=8b7cb3c89ca554fc5dcacdc04f503755198f9230391d8e6b80169b58210809ee
/usr/bin/sed f 0755 0:0 size=126424 nlink=1 sha256=72dcf1ad8560de658e925dfee171565e0c3f3be38236cf725846bc44971cf4b0
/usr/bin/seq f 0755 0:0 size=60336 nlink=1 sha256=67ff4ae25eefd98243e80d9435b2c66954091e5f5dbcd134a42b611e54277ae2
/usr/bin/setarch f 0755 0:0 size=27216 nlink=1 sha256=310781cb5287725c168866adcc8f324fde09834147589b682de6fd3d6fc6215d
/usr/bin/setpriv f 0755 0:0 size=80192 nlink=1 sha256=d5839b20edb0d77222b1e11be7d155c7122d381dbfad40876b0def7dd710f5bd
/usr/bin/setsid f 0755 0:0 size=14648 nlink=1 sha256=987014d86311daf58f2ec2326f6467ce5d01dfd863558aaf915fcf8ce36269f9
/usr/bin/setterm f 0755 0:0 size=47424 nlink=1 sha256=2d2287dc136bba29d527de1cb5abcbe60e3d7468656e443c48cdeb4f5bd4e93c
/usr/bin/sg l 0777 0:0 -> newgrp
/usr/bin/sh l 0777 0:0 -> dash
/usr/bin/sha1sum f 0755 0:0 size=56272 nlink=1 sha256=7ffc8563edc733984221de22241ff72ee65d15c06dc337b6b85b01f340e2461d
/usr/bin/sha224sum f 0755 0:0 size=60368 nlink=1 sha256=9b14f60b102b81f213eecf07586bb46b872c7ce9801e8c618942401688e086e5
/usr/bin/sha256sum f 0755 0:0 size=60368 nlink=1 sha256=6cd7c6bfc81d645ba13b927e31651a1466092a28ed0bd2632e82f8b27882b25e
/usr/bin/sha384sum f 0755 0:0 size=64464 nlink=1 sha256=17d4c90d98dd17aead30b3154d18f5ed4fc3d7cb56a8c9efa5bc142691a6ac4a
/usr/bin/sha512sum f 0755 0:0 size=64464 nlink=1 sha256=951c8e889d1c3a4c2c5098912ee517203a00f89f1bb3b7f5d3b36e49cfdc157d
/usr/bin/shred f 0755 0:0 size=64656 nlink=1 sha256=df3e060af6fefde5ef7579833938dcca23b5c81f900ae0470a28ef96015d5897
/usr/bin/shuf f 0755 0:0 size=60400 nlink=1 sha256=6d845fc5f747178e9a4d7443fbd2495030a78e5790f796ceadaaaf61b5299f10
/usr/bin/sleep f 0755 0:0 size=43888 nlink=1 sha256=4add4bb89d8ca0e3b1bd861130ddd7ae0fd9617a8055de0a38c8d2ca1ac95723
/usr/bin/sort f 0755 0:0 size=118456 nlink=1 sha256=26d29d4f3f2a9537f9104b0e496c6110ec266682bfd5f00b312a8fff723ffc00
/usr/bin/split f 0755 0:0 size=60984 nlink=1 sha256=465258f620db346b6b0f85acba59f48130b7a1f87985f018da218b4ee6f5bdcd
/usr/bin/stat f 0755 0:0 size=97488 nlink=1 sha256=98fd8d3f1823896aa2613a4d38e7059c82506206725918666091d08272d78e95
/usr/bin/stdbuf f 0755 0:0 size=60336 nlink=1 sha256=6175f959028e67d73c0a394d5303d5f799492572f0e3317c47aabce6d19092b5
/usr/bin/stty f 0755 0:0 size=85008 nlink=1 sha256=93386dd640d063e6cf024f4aa5707162db19a89ecd0e9d4bb0240a56f382957f
/usr/bin/su f 4755 0:0 size=72000 nlink=1 sha256=4b8bb44ac13b8f8f8c08708faff91a9b63b3fa369b8cbfe1abb5ef09e8029993
/usr/bin/sum f 0755 0:0 size=52184 nlink=1 sha256=209faef4b3dc0bdd04b65fe2ec50e772229085d2e3a60bdc318578b3dc3a628f
/usr/bin/sync f 0755 0:0 size=39824 nlink=1 sha256=8ebfcf0eb6d1f19ef5b9db1c9dd945679a65c7a8d3589fdc3f9ce2ffd65933ed
/usr/bin/tabs f 0755 0:0 size=18672 nlink=1 sha256=93d097890a8e11bd9c0da7beb8c9911be0bf7dcc4593b7d3657d005cf4666f5b
/usr/bin/tac f 0755 0:0 size=113712 nlink=1 sha256=3e40de614ae3383f4339c08b2dac81ac33fd3b00a30d319b932fd5966c186dd1
/usr/bin/tail f 0755 0:0 size=76944 nlink=1 sha256=cd67c2baaef8395ae68a396b8ce0bd24dabd9272f501f1afb7f76f7ef0cfc083
/usr/bin/tar f 0755 0:0 size=531984 nlink=1 sha256=4e11647a9c86fb8857768bd622c43ed0662d7019f60f5bdd12fb15ac5f087070
/usr/bin/taskset f 0755 0:0 size=63808 nlink=1 sha256=42e38b38d3926bb1ad156ed0ec0c485d33c8819cf1c3088cd6ec79ae13b8fbc6
/usr/bin/tee f 0755 0:0 size=43984 nlink=1 sha256=1613befc577b68e65c940d45a1db6e79b25074dc3d8ddb1f2b3cb3c60ce5fc4d
/usr/bin/tempfile f 0755 0:0 size=14520 nlink=1 sha256=3bed0e2f46c111dbe46f75d7f7c12a56233f234bb33a1ddc49ea47badcb3eaee
/usr/bin/test f 0755 0:0 size=60304 nlink=1 sha256=9a9cb09f9f71ae289fd3a93a86c1b8189048ea01f6b956dfa4734bb74dc834f7
/usr/bin/tic f 0755 0:0 size=92512 nlink=1 sha256=074cbccb57d3d64badd590ebf7e27de3602853e0fca56958fcbdc94999ee332d
/usr/bin/timeout f 0755 0:0 size=48632 nlink=1 sha256=5ef0eaaaa4220593add7716aad74da927ca3bb10605e964330de64fecc3ef15e
/usr/bin/toe f 0755 0:0 size=22768 nlink=1 sha256=e3a63d17db7185649a74bacef8cc7362e566fe0b5a551a9b94a62811d7d6d6ad
/usr/bin/touch f 0755 0:0 size=109616 nlink=1 sha256=76100d3a8613237bf8b18bdd007c2881b749033ee89dd92d48b86f0ce8acfd54
/usr/bin/tput f 0755 0:0 size=26896 nlink=1 sha256=4a619711b459c3b00e39b647d206f4ad877611f18436dfe696875af163bae846
/usr/bin/tr f 0755 0:0 size=56208 nlink=1 sha256=cf8a29847ff95b77fe6ef3d9ba3d750c7fd1c807763980e8c5f918da81acb1eb
/usr/bin/true f 0755 0:0 size=35664 nlink=1 sha256=c79bf44242829108e323378531f4ac839513ca1fba45efd6583643526e1e9fd2
/usr/bin/truncate f 0755 0:0 size=43920 nlink=1 sha256=4e5f263a7415b772646de61ea89d1ab62c21b2d64a15b0d426e618fee45e6e9b
/usr/bin/tset f 0755 0:0 size=30968 nlink=1 sha256=203d8e500099e6fd5f50e2e0de36da0383dd10a4ff284a0c063485da58b8c0a0
/usr/bin/tsort f 0755 0:0 size=56208 nlink=1 sha256=ec90bbcb3047e5972a7614a1a99f368c64504ef50f7dcdcd0e3631f0c9ced4b6
/usr/bin/tty f 0755 0:0 size=35696 nlink=1 sha256=ca27ae958bebe611fc2c3b097d216e5a7423c0dc7f317e9ab352fe307eeae298
/usr/bin/tzselect f 0755 0:0 size=15352 nlink=1 sha256=0de811c93b42059e2f0c63c5c985bd69f1383c0b409751539e2c97a1ddde46fc
/usr/bin/uclampset f 0755 0:0 size=63808 nlink=1 sha256=de5e1d5df15d3eb6d909ed711fc12293d9e12290f7d0757dfaa1f7039b5d9b38
/usr/bin/umount f 4755 0:0 size=35128 nlink=1 sha256=54bf7fbc1db029188f5d7e1397f4ad7b2cd1e2d7a57869002d390063cbbb3268
/usr/bin/uname f 0755 0:0 size=43888 nlink=1 sha256=ed210303cc81299ad2bf8804d4a2f1e2853ad34f6307a3114b48444ceb6c60da
/usr/bin/uncompress f 0755 0:0 size=2346 nlink=2 sha256=55c2f67ca4c3cca0ebac659f0075461dd671ec4937ecd6c71123bb49ed322ebd
/usr/bin/unexpand f 0755 0:0 size=43952 nlink=1 sha256=dc3fbc72adb7efc0605511a1cc3d0b058e05ad38d675226c9dd5407b7845626e
/usr/bin/uniq f 0755 0:0 size=48080 nlink=1 sha256=9960fd57f62c1ed283474722fde81d07aff25a6410256c8b5fefcedec1fe735b
/usr/bin/unlink f 0755 0:0 size=39760 nlink=1 sha256=87c7a53f4293b6eb7ba8e983cb231e1562d38ad7068ca59bc63e4e42f9ce7586
/usr/bin/unshare f 0755 0:0 size=84520 nlink=1 sha256=9fb85770a4a0b5cb2bff8e64c2934dd1b0674eaaae18fd550dea2520c69a45d9
/usr/bin/update-alternatives f 0755 0:0 size=59712 nlink=1 sha256=5250cd3f2e953728b0bd8a89ce1f56e93d5d68df9d1f42f5107f9ef72c9e24ad
/usr/bin/users f 0755 0:0 size=39824 nlink=1 sha256=f54bbf8c6f73a185a69f64b3d7b6aef9bbc6e5a1e5d82efa14db4312207aeb77
/usr/bin/utmpdump f 0755 0:0 size=31032 nlink=1 sha256=4ad0076990b07efc56b2c566b0c70b433db5050abeaae032b10cb7b610c009df
/usr/bin/vdir f 0755 0:0 size=151344 nlink=1 sha256=27c28e4a1f793d6393c73b5640a9e997efe908ee5738a511539564a1d90cd208
/usr/bin/wall f 0755 0:0 size=39224 nlink=1 sha256=95705965505b80f9f49858096ac0344b94696065d9cc097e3ace8e81a0af42a9
/usr/bin/wc f 0755 0:0 size=52280 nlink=1 sha256=7480f7cb7110af0f45b6e04b50f8d1fb2c6392cf911cb3a28c516ef1b725823e
/usr/bin/wdctl f 0755 0:0 size=72024 nlink=1 sha256=1e95b3ebed7891aa8d5c562627d48bc70fce317ac64a6dd91d859c6b3fb2a3e8
/usr/bin/whereis f 0755 0:0 size=31504 nlink=1 sha256=1eb6c7f584b5efe5b0bb1683e2ae5e1b6e20e6216d0127b7ef7a6603f2cdd46e
/usr/bin/which l 0777 0:0 -> /etc/alternatives/which
/usr/bin/which.debianutils f 0755 0:0 size=946 nlink=1 sha256=7bdde142dc5cb004ab82f55adba0c56fc78430a6f6b23afd33be491d4c7c238b
/usr/bin/who f 0755 0:0 size=60432 nlink=1 sha256=68f82786ee5cac14200766a4ad87d98d8a014a4614c412abb49f2d8c13df8da6
/usr/bin/whoami f 0755 0:0 size=39792 nlink=1 sha256=6ca7710f382d2d9e4026c2b2b4299775880e290915599ddd5d0c7d60076186a8
/usr/bin/x86_64 l 0777 0:0 -> setarch
/usr/bin/xargs f 0755 0:0 size=72136 nlink=1 sha256=d6348606af361a755aabde53f6c367b87850ad44600e2b1f895f3515366b894a
/usr/bin/yes f 0755 0:0 size=39760 nlink=1 sha256=cf182e6211e04f7aadd80174f27124d44edf063c73828c91e31be1919551f23b
/usr/bin/ypdomainname l 0777 0:0 -> hostname
/usr/bin/zcat f 0755 0:0 size=1984 nlink=1 sha256=f0b4d86b6a10064b7f2f41a452ab5437f61d4f17d8b1ab3488f3f345519f4f8d
/usr/bin/zcmp f 0755 0:0 size=1678 nlink=1 sha256=6e6da15f127e06d61cbdabb59d3ec9b28b8605178dbe2acf7d275aa6d22e2d0f
/usr/bin/zdiff f 0755 0:0 size=6460 nlink=1 sha256=1bcb10de5c01db497f845980ee4e79ec32f025443588a7410ba5001512a61ec9
/usr/bin/zdump f 0755 0:0 size=23064 nlink=1 sha256=d21a2c9e1a033215a849f407b98639cafccff456489ce3805fdb19caca2b55df
/usr/bin/zegrep f 0755 0:0 size=29 nlink=1 sha256=67ee7fadec7ea53b4c1f8cfc3c81427b29c0b1381e80b55642617620c84d0bcc
/usr/bin/zfgrep f 0755 0:0 size=29 nlink=1 sha256=87ab5f4c7cb344e409d614d1a69cc156b3b1053d6ae0b59d8e2c2131f3e63e5a
/usr/bin/zforce f 0755 0:0 size=2081 nlink=1 sha256=61b3a0106c72648199611b79caf2e7a8c0800a8ef5745193cc0fa16455a79901
/usr/bin/zgrep f 0755 0:0 size=8103 nlink=1 sha256=2f506d3547724df8e8dc9bdfa73bccb1a641b530fd5a40adc9b537f851d86b7f
/usr/bin/zless f 0755 0:0 size=2206 nlink=1 sha256=e29f317fc56ce49eb5bd1e938b7f87923b91b40e5516ec9146f678519330f6bb
/usr/bin/zmore f 0755 0:0 size=1842 nlink=1 sha256=bb9ee270bee119238c74779fb5fa5cddc7939ec4923a22c5649bcb9aa7d70b76
/usr/bin/znew f 0755 0:0 size=4577 nlink=1 sha256=969931d9eadae06db92a01b00458aa43d86bdf3692020d6f10b0fb8d060e1f38
/usr/games d 0755 0:0
/usr/include d 0755 0:0
/usr/lib d 0755 0:0
/usr/lib/apt d 0755 0:0
/usr/lib/apt/apt-helper f 0755 0:0 size=39472 nlink=1 sha256=8e537ce90c872a6c41155300a19e3194d2a1216dc4b2ecefef09ee3985b4c7a4
/usr/lib/apt/apt.systemd.daily f 0755 0:0 size=16325 nlink=1 sha256=4949c220a844071ee4709115aadfc00684578d5c7dda9c1b5a5c65a75de9d50f
/usr/lib/apt/methods d 0755 0:0
/usr/lib/apt/methods/cdrom f 0755 0:0 size=72072 nlink=1 sha256=627b031e60e52fe1da38f26c7a6db2ed1f73daf1ff50b7dfc4adf5cd86e4ff1e
/usr/lib/apt/methods/copy f 0755 0:0 size=59784 nlink=1 sha256=bb089de2ca278f191d3e338007cbd31f49a2bf7229cd1f223559459d1ef2f205
/usr/lib/apt/methods/file f 0755 0:0 size=63880 nlink=1 sha256=0bb0ab3bb8455bb978bf92a107e091f61d30fb5b8635f5e13c486f1c4ecfe3d9
/usr/lib/apt/methods/ftp f 0755 0:0 size=145888 nlink=1 sha256=fbd2e51c6d179b388e43fb72a3a2183ebedcf85f66349e676ba35b14afa738cd
/usr/lib/apt/methods/gpgv f 0755 0:0 size=113032 nlink=1 sha256=53e3de0179466aa9f6a014c49a7fc1a13a1cfec3466329d36202ce66c7a3eaf8
/usr/lib/apt/methods/http f 0755 0:0 size=199056 nlink=1 sha256=84b045df697f0b111ed712f64f30009b5c02218e96d3a65f8e76c7bbb6481f96
/usr/lib/apt/methods/https l 0777 0:0 -> http
/usr/lib/apt/methods/mirror f 0755 0:0 size=121224 nlink=1 sha256=16f81cdb2206c349fd65111c98f500c6e0f19b994f913337c3f0860cb7670805
/usr/lib/apt/methods/mirror+copy l 0777 0:0 -> mirror
/usr/lib/apt/methods/mirror+file l 0777 0:0 -> mirror
/usr/lib/apt/methods/mirror+ftp l 0777 0:0 -> mirror
/usr/lib/apt/methods/mirror+http l 0777 0:0 -> mirror
/usr/lib/apt/methods/mirror+https l 0777 0:0 -> mirror
/usr/lib/apt/methods/rred f 0755 0:0 size=88456 nlink=1 sha256=1777edc0bcf91076080c4b987aa83cf3ec484127782b34c886b74d322f31db44
/usr/lib/apt/methods/rsh f 0755 0:0 size=72088 nlink=1 sha256=f4e10c5188c282719aaa76397e88efcf92c4325779d14236c1687074ad0cfdd8
/usr/lib/apt/methods/ssh l 0777 0:0 -> rsh
/usr/lib/apt/methods/store f 0755 0:0 size=63880 nlink=1 sha256=46af945f0abb54a1a152dd7896850784e4578ad652edbe9a09aa65fe9ffc85ab
/usr/lib/apt/planners d 0755 0:0
/usr/lib/apt/planners/dump l 0777 0:0 -> ../solvers/dump
/usr/lib/apt/solvers d 0755 0:0
/usr/lib/apt/solvers/dump f 0755 0:0 size=22848 nlink=1 sha256=3ca1d8d1df0d55fecdcabd5705f476df249c437464fdbdfaf3210a09d9df3bd3
/usr/lib/dpkg d 0755 0:0
/usr/lib/dpkg/methods d 0755 0:0
/usr/lib/dpkg/methods/apt d 0755 0:0
/usr/lib/dpkg/methods/apt/desc.apt f 0644 0:0 size=567 nlink=1 sha256=4035a2ca99d6d473f6e9a0af7b39d395bfe47e48b3a9993488fc2fae139145f8
/usr/lib/dpkg/methods/apt/install f 0755 0:0 size=2861 nlink=1 sha256=810da1fcf97636219401c67e891a04a7a4f01b2a0d73fd60bf3bbbdfb3775f76
/usr/lib/dpkg/methods/apt/names f 0644 0:0 size=39 nlink=1 sha256=0a636de469385b41ea06f639a389c523946ec7f023fe2a12c0adf8300e2a82ad
/usr/lib/dpkg/methods/apt/setup f 0755 0:0 size=7753 nlink=1 sha256=69b7a73685f410eae149698b86fed55605c938e716c6a6cc99a1e190e1251ead
/usr/lib/dpkg/methods/apt/update f 0755 0:0 size=1242 nlink=1 sha256=605ae19f87289e8d4cdb80028dd071c4b3ea0e2e46da9ad697b6bd739ba4c6b3
/usr/lib/init d 0755 0:0
/usr/lib/init/init-d-script f 0755 0:0 size=6774 nlink=1 sha256=ba7abb071b92c0915892ece3c27aea1d6f6dcba12081531d2de256203fac0301
/usr/lib/init/vars.sh f 0644 0:0 size=1212 nlink=1 sha256=49d734860b46c62805fc29a67b9d61210113b6eac2409e4ffd5cf14589f4f0a3
/usr/lib/locale d 0755 0:0
/usr/lib/locale/C.utf8 d 0755 0:0
/usr/lib/locale/C.utf8/LC_ADDRESS f 0644 0:0 size=127 nlink=1 sha256=26e2800affab801cb36d4ff9625a95c3abceeda2b6553a7aecd0cfcf34c98099
/usr/lib/locale/C.utf8/LC_COLLATE f 0644 0:0 size=1406 nlink=1 sha256=47a5f5359a8f324abc39d69a7f6241a2ac0e2fbbeae5b9c3a756e682b75d087b
/usr/lib/locale/C.utf8/LC_CTYPE f 0644 0:0 size=353616 nlink=1 sha256=e4b5576b19e40be5923b0eb864750d35944404bb0a92aa68d1a9b96110c52120
/usr/lib/locale/C.utf8/LC_IDENTIFICATION f 0644 0:0 size=258 nlink=1 sha256=38a1d8e5271c86f48910d9c684f64271955335736e71cec35eeac942f90eb091
/usr/lib/locale/C.utf8/LC_MEASUREMENT f 0644 0:0 size=23 nlink=1 sha256=bb14a6f2cbd5092a755e8f272079822d3e842620dd4542a8dfa1e5e72fc6115b
/usr/lib/locale/C.utf8/LC_MESSAGES d 0755 0:0
/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES f 0644 0:0 size=48 nlink=1 sha256=f9ad02f1d8eba721d4cbd50c365b5c681c39aec008f90bfc2be2dc80bfbaddcb
/usr/lib/locale/C.utf8/LC_MONETARY f 0644 0:0 size=270 nlink=1 sha256=bfd9e9975443b834582493fe9a8d7aefcd989376789c17470a1e548aee76fd55
/usr/lib/locale/C.utf8/LC_NAME f 0644 0:0 size=62 nlink=1 sha256=14507aad9f806112e464b9ca94c93b2e4d759ddc612b5f87922d7cac7170697d
/usr/lib/locale/C.utf8/LC_NUMERIC f 0644 0:0 size=50 nlink=1 sha256=f5976e6b3e6b24dfe03caad6a5b98d894d8110d8bd15507e690fd60fd3e04ab2
/usr/lib/locale/C.utf8/LC_PAPER f 0644 0:0 size=34 nlink=1 sha256=cde048b81e2a026517cc707c906aebbd50f5ee3957b6f0c1c04699dffcb7c015
/usr/lib/locale/C.utf8/LC_TELEPHONE f 0644 0:0 size=47 nlink=1 sha256=f4caf0d12844219b65ba42edc7ec2f5ac1b2fc36a3c88c28887457275daca1ee
/usr/lib/locale/C.utf8/LC_TIME f 0644 0:0 size=3360 nlink=1 sha256=0910b595d1d5d4e52cc0f415bbb1ff07c015d6860d34aae02505dd9973a63154
/usr/lib/lsb d 0755 0:0
/usr/lib/lsb/init-functions f 0644 0:0 size=11329 nlink=1 sha256=f58bfadf2419d6036a2c7440e574c3c3e7a35aea380375f6ab1b590d64e5e952
/usr/lib/lsb/init-functions.d d 0755 0:0
/usr/lib/lsb/init-functions.d/00-verbose f 0644 0:0 size=658 nlink=1 sha256=e1c1b915d3e45deaddd57fd4bdd1ff490e0f8dd1e842b22cf2bdc963bbd29e13
/usr/lib/mime d 0755 0:0
/usr/lib/mime/packages d 0755 0:0
/usr/lib/mime/packages/tar f 0644 0:0 size=321 nlink=1 sha256=ec726cb9277a944c859b295af44683e3b9844236c063de3ff10090190aae0fc7
/usr/lib/mime/packages/util-linux f 0644 0:0 size=90 nlink=1 sha256=8c2a3124292211ce117712858ad06a036675a7f7d8f578e5b84267b1196c1665
/usr/lib/os-release f 0644 0:0 size=267 nlink=1 sha256=59a77b5f2666d9c85c489bd1911a6eebbd91ef22fe48b90a3b75f1b21f3844d4
/usr/lib/systemd d 0755 0:0
/usr/lib/systemd/system d 0755 0:0
/usr/lib/systemd/system/apt-daily-upgrade.service f 0644 0:0 size=389 nlink=1 sha256=da0651537cad0ed384291bd50c0bbc3268e6c625626ec9344150de4e8db3925e
/usr/lib/systemd/system/apt-daily-upgrade.timer f 0644 0:0 size=184 nlink=1 sha256=b804d7bab8eb41202384f9270e25d5383346ace8b3d7c4f5029c150638d77bcd
/usr/lib/systemd/system/apt-daily.service f 0644 0:0 size=326 nlink=1 sha256=90f87047f4ea2f261f9117d02870de8719f808b911bb1808bf039ff3c162e5e9
/usr/lib/systemd/system/apt-daily.timer f 0644 0:0 size=156 nlink=1 sha256=0075e974af4e3a94757e219ba50ccb8348d4d1a8834d938f6cc9b1f4fd1db4e5
/usr/lib/systemd/system/dpkg-db-backup.service f 0644 0:0 size=147 nlink=1 sha256=85249c5a74e9c47bf39d34e78612f0a0fe56cb8b35145482b40f8f73f08b2d5c
/usr/lib/systemd/system/dpkg-db-backup.timer f 0644 0:0 size=138 nlink=1 sha256=53f7ed8aadfaf61d9decda9565b65f68d5b5a66be4ee8f87741e47163839b4a6
/usr/lib/systemd/system/e2scrub@.service f 0644 0:0 size=438 nlink=1 sha256=b99f79775ad0aa8c52187d9d5d82f34181012664a9d49e109a7fe86a42443a78
/usr/lib/systemd/system/e2scrub_all.service f 0644 0:0 size=297 nlink=1 sha256=59a0a04718fcd5e608c9291d41ff378cd531debfa2e6d539add1b716c958a128
/usr/lib/systemd/system/e2scrub_all.timer f 0644 0:0 size=251 nlink=1 sha256=23f20fb6edc9fd54bf4754ef4311f88cba45ba65c6aecfa1885e8fb99531c211
/usr/lib/systemd/system/e2scrub_fail@.service f 0644 0:0 size=245 nlink=1 sha256=2d11a0ceea342723aefe89e0dce95b66c2a6a6936d2da95dde51934f15d0ed0a
/usr/lib/systemd/system/e2scrub_reap.service f 0644 0:0 size=553 nlink=1 sha256=35405e2a877fe17ccf05c96db2e037a29605f8719ba3e4b2f1670c721aa7b5aa
/usr/lib/systemd/system/fstrim.service f 0644 0:0 size=477 nlink=1 sha256=9d5ab55ca0f12257edd33d154e5dc523ddea4d5f2525557cbf96e30b97deab56
/usr/lib/systemd/system/fstrim.timer f 0644 0:0 size=270 nlink=1 sha256=b15bcc0d8fc3698701087264a834bc6c495780ed27b68e0a8e3eb10d02bef74a
/usr/lib/systemd/system/pam_namespace.service f 0644 0:0 size=327 nlink=1 sha256=e4dcd011776e596cbb73d3cffcde737aa043b5308f0bf797a23d4229de54d716
/usr/lib/terminfo d 0755 0:0
/usr/lib/terminfo/E d 0755 0:0
/usr/lib/terminfo/E/Eterm f 0644 0:0 size=2224 nlink=1 sha256=f008fb6fab3c7a38ae92b4e278018618082f3b17c6f55539fe362cd8139e6e65
/usr/lib/terminfo/E/Eterm-color l 0777 0:0 -> Eterm
/usr/lib/terminfo/a d 0755 0:0
/usr/lib/terminfo/a/ansi f 0644 0:0 size=1481 nlink=1 sha256=93ec8cb9beb0c898ebc7dda0f670de31addb605be9005735228680d592cff657
/usr/lib/terminfo/c d 0755 0:0
/usr/lib/terminfo/c/cons25 f 0644 0:0 size=1502 nlink=1 sha256=6b03d75f3d559479720862dcf96331aa618e23c81e1ba6dbe8e1fe2e68404004
/usr/lib/terminfo/c/cons25-debian f 0644 0:0 size=1519 nlink=1 sha256=90e9c4df466a8ca0927545cbb17b5ba61156beff8956ade40366479814641e7d
/usr/lib/terminfo/c/cygwin f 0644 0:0 size=1518 nlink=1 sha256=3e04bfdcc0764f4e28655701864845752cd3f77d0c52390637ebe588f91665cf
/usr/lib/terminfo/d d 0755 0:0
/usr/lib/terminfo/d/dumb f 0644 0:0 size=308 nlink=1 sha256=123c85a2812a517d967db5f31660db0e6aded4a0b95ed943c5ab435368e7a25c
/usr/lib/terminfo/h d 0755 0:0
/usr/lib/terminfo/h/hurd f 0644 0:0 size=1570 nlink=1 sha256=d5dc00724a04eb3b030addab6914380521d40f416818943171070ec64c623607
/usr/lib/terminfo/l d 0755 0:0
/usr/lib/terminfo/l/linux f 0644 0:0 size=1740 nlink=1 sha256=b70a4941416eb703a01b5a06fd1c914880452302b0e0b2a7dea12600607824a7
/usr/lib/terminfo/m d 0755 0:0
/usr/lib/terminfo/m/mach f 0644 0:0 size=635 nlink=1 sha256=b5ffe38aff15d130b11a3d94941dddddb7af79afa1ebf286ef9ac088b797b633
/usr/lib/terminfo/m/mach-bold f 0644 0:0 size=669 nlink=1 sha256=540609c739e14abb8b67eba975e9e4353f0023593f976f4609e1b04cc678b5cc
/usr/lib/terminfo/m/mach-color f 0644 0:0 size=1113 nlink=1 sha256=55f2259139e9ca8a1a837d79b602d532061aa7b3a1ec2002a26d8b3d4c31a549
/usr/lib/terminfo/m/mach-gnu f 0644 0:0 size=1073 nlink=1 sha256=9f2a5b2880cb0230fc48d494584daf9adee34a9ce4248cf8b0ca314dbe464cb8
/usr/lib/terminfo/m/mach-gnu-color f 0644 0:0 size=1339 nlink=1 sha256=085de63724bef7a53ede2061593f9693dd992eb92f5b1b51bcb6d7cd77f8b613
/usr/lib/terminfo/p d 0755 0:0
/usr/lib/terminfo/p/pcansi f 0644 0:0 size=1198 nlink=1 sha256=d2b55029191e3d8b62f740326865885ef16aac2977ff8a90c5928708439cd736
/usr/lib/terminfo/r d 0755 0:0
/usr/lib/terminfo/r/rxvt f 0644 0:0 size=2049 nlink=1 sha256=18c1977fbc80e6dc2940c3334b56cc753949dbea29007831176c3c00bc80ac1b
/usr/lib/terminfo/r/rxvt-basic f 0644 0:0 size=1994 nlink=1 sha256=bc57dfecf9bc7c444466625340bb5ab2e3f8fb41174d89da6b90b5bbcbadcc0d
/usr/lib/terminfo/r/rxvt-m l 0777 0:0 -> rxvt-basic
/usr/lib/terminfo/r/rxvt-unicode f 0644 0:0 size=2508 nlink=1 sha256=280165734528e93ec7c770524e8ce3a3d29dcf5ca5696dacd093d1eb5ce3460a
/usr/lib/terminfo/r/rxvt-unicode-256color f 0644 0:0 size=2534 nlink=1 sha256=8855f7a9c77a4447f16398cc2542eb56ee80f3e066ad0a01e7183673d0e9e3c9
/usr/lib/terminfo/s d 0755 0:0
/usr/lib/terminfo/s/screen f 0644 0:0 size=1607 nlink=1 sha256=173d3433ab6c064a1d2e01308603aa85f873d58e9cfecdb4c8cfe7dce1fd1250
/usr/lib/terminfo/s/screen-256color f 0644 0:0 size=1747 nlink=1 sha256=cbac29ca9641403d7c2e377f4c54c52f24e811f98d47c71b599707e00ad91f0c
/usr/lib/terminfo/s/screen-256color-bce f 0644 0:0 size=1759 nlink=1 sha256=172193e6284722c819e36338e22ffecb7e7963320903edf4d3a001a41f041a5c
/usr/lib/terminfo/s/screen-bce f 0644 0:0 size=1619 nlink=1 sha256=8682908bb4ff7a6a169df89daec7fceb8db40625f4a65151a3227b1f063c76ba
/usr/lib/terminfo/s/screen-s f 0644 0:0 size=1641 nlink=1 sha256=b996938cb7001a903b77d811a11c60889e9b1ecf0f69fdaa27d75173f14a526b
/usr/lib/terminfo/s/screen-w f 0644 0:0 size=1623 nlink=1 sha256=f9dab4b1b272e786dccd636667771bae5a10e842ae30bb5021fc0268eedc0d54
/usr/lib/terminfo/s/screen.xterm-256color f 0644 0:0 size=3615 nlink=1 sha256=8cd4e46b0b64d8cdb74d6e22885a66dc09fb6df34152b46fe4540329cbe0bc67
/usr/lib/terminfo/s/sun f 0644 0:0 size=1004 nlink=1 sha256=02e392161cb23f49a8fb1ba2f1a6583e013c0c26672f58c5eaca828db3b19914
/usr/lib/terminfo/t d 0755 0:0
/usr/lib/terminfo/t/tmux f 0644 0:0 size=3171 nlink=1 sha256=b8d889a2e0cc3773b0a93a46b616936c5331fb9cfd0b4ba1938554228939e79d
/usr/lib/terminfo/t/tmux-256color f 0644 0:0 size=3313 nlink=1 sha256=b1bab715baa64c86fdd5c5bf274106fe986054f6ca71b87a9925f566e2a0907d
/usr/lib/terminfo/v d 0755 0:0
/usr/lib/terminfo/v/vt100 f 0644 0:0 size=1282 nlink=1 sha256=779a219d6ed2ed282f9416ee04fe65f92a1c90606cf6e93a61cebfc3aa96c982
/usr/lib/terminfo/v/vt102 f 0644 0:0 size=1276 nlink=1 sha256=7fe8275bde4dc821f6b89ca2fd99badff00d02db7d92fe9a419ebe7331426e36
/usr/lib/terminfo/v/vt220 f 0644 0:0 size=1391 nlink=1 sha256=463acf11d61e842340295dfd230bfdca83d6fc3ee8b3a52aed0058b3f7ea7f17
/usr/lib/terminfo/v/vt52 f 0644 0:0 size=839 nlink=1 sha256=84e298d614f21185e2da434d327791c6a9900c81d1d7a40c51878223cff9e9db
/usr/lib/terminfo/w d 0755 0:0
/usr/lib/terminfo/w/wsvt25 f 0644 0:0 size=1597 nlink=1 sha256=28d3410e6b83a3b78a41f108098ac8772a3af3ee2b627b9f9bb4b19b363a5be3
/usr/lib/terminfo/w/wsvt25m f 0644 0:0 size=1607 nlink=1 sha256=18c85db3b0ef0ab15b7eb8dc4ac6ea14a37d851628220c8bb61e2edfa4f81683
/usr/lib/terminfo/x d 0755 0:0
/usr/lib/terminfo/x/xterm f 0644 0:0 size=3832 nlink=1 sha256=049fb296ba741de1b2c17e274ec7fe5da6ebe6d7c6c8771a06462b1f1c69ab60
/usr/lib/terminfo/x/xterm-256color f 0644 0:0 size=3912 nlink=1 sha256=f37f75156ad7aecd485c80977f50f41d908f51e3579d98ce1c27587bd42d713f
/usr/lib/terminfo/x/xterm-color f 0644 0:0 size=1551 nlink=1 sha256=f74fe619914bfe650f6071bbbaf242c439de8a2f0ecefe9e80870216dfb844b4
/usr/lib/terminfo/x/xterm-debian l 0777 0:0 -> xterm
/usr/lib/terminfo/x/xterm-mono f 0644 0:0 size=1489 nlink=1 sha256=3024be4c36be53d6468fa1e48a0f584a410a17e26c3c6e7826c815b4ef56c595
/usr/lib/terminfo/x/xterm-r5 f 0644 0:0 size=1301 nlink=1 sha256=82098ec067be6189e91e8264278bb85fe3b7bfdeaa3754be301313be140522ca
/usr/lib/terminfo/x/xterm-r6 f 0644 0:0 size=1491 nlink=1 sha256=ee12fe6d2d8e1d0b83d1042fe8a38f1aed6fd73e2c7316e6db5ec5b061b09ef8
/usr/lib/terminfo/x/xterm-vt220 f 0644 0:0 size=2410 nlink=1 sha256=a966491570c6abda6e468f1b7558c57fbb0853e4301188b6bc6c5d6cba64ada8
/usr/lib/terminfo/x/xterm-xfree86 f 0644 0:0 size=2240 nlink=1 sha256=0827497deddd4ec9e9515dd9530e6b0bf92762553d1c4eedbca3459c1931775e
/usr/lib/tmpfiles.d d 0755 0:0
/usr/lib/tmpfiles.d/passwd.conf f 0644 0:0 size=239 nlink=1 sha256=1a3b927102b44454eb4c47e4fe659de2f5283f364ba27408329a54d4ad47e310
/usr/lib/udev d 0755 0:0
/usr/lib/udev/hwclock-set f 0755 0:0 size=252 nlink=1 sha256=8cdd9cfef02b7b6bf1f44e6bac157f14d6d0c28e107e3f084be41c16c7688df5
/usr/lib/udev/rules.d d 0755 0:0
/usr/lib/udev/rules.d/85-hwclock.rules f 0644 0:0 size=208 nlink=1 sha256=31341ab239a262184fabec413aac9562b1352df350031d8968097c60903776a2
/usr/lib/udev/rules.d/96-e2scrub.rules f 0644 0:0 size=171 nlink=1 sha256=e9648d1e428a759e9f31ac1b9f375a2545b4495d9b31f2b47066d106ed502654
/usr/lib/x86_64-linux-gnu d 0755 0:0
/usr/lib/x86_64-linux-gnu/e2fsprogs d 0755 0:0
/usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron f 0755 0:0 size=1978 nlink=1 sha256=dfb408bccc465af66ea1a3fe6d4b6b2bdc042bc38c96f377cf9724ad573231d9
/usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_fail f 0755 0:0 size=822 nlink=1 sha256=50e5da1e3251b40fa19f7fdb614af87fe53b01ece9fc0d9198ba864b1dbefd0a
/usr/lib/x86_64-linux-gnu/gconv d 0755 0:0
/usr/lib/x86_64-linux-gnu/gconv/ANSI_X3.110.so f 0644 0:0 size=26872 nlink=1 sha256=9422d9b398c65d406e29cc75367e8fd42337380d58a21f8c2afcd3a208d3772d
/usr/lib/x86_64-linux-gnu/gconv/ARMSCII-8.so f 0644 0:0 size=18680 nlink=1 sha256=21f21b7bca699654ae0caa3c04a903d203bdc0022e31d4d576457ce1d55e9550
/usr/lib/x86_64-linux-gnu/gconv/ASMO_449.so f 0644 0:0 size=18680 nlink=1 sha256=3fc29a8b059f83ce0ae68cc00eab2d1f8aef8fbbc73b96719e768a36bf09befb
/usr/lib/x86_64-linux-gnu/gconv/BIG5.so f 0644 0:0 size=96504 nlink=1 sha256=b6474d6df6988492e583ff90a42f8ff9806d3093a8e646957dad0fad6da2ad0b
/usr/lib/x86_64-linux-gnu/gconv/BIG5HKSCS.so f 0644 0:0 size=239864 nlink=1 sha256=29d623b23a4fc5cd51be3511f596dc19ab9e3b6333371d0a3f786ffda4a542da
/usr/lib/x86_64-linux-gnu/gconv/BRF.so f 0644 0:0 size=18680 nlink=1 sha256=f377007c95cbde0c783505989f8f9a5187d138bb41c114a609df6e3c26fa4048
/usr/lib/x86_64-linux-gnu/gconv/CP10007.so f 0644 0:0 size=18680 nlink=1 sha256=eae728f37cffed6d2d94a5a58393565b077d56cd6803aaf6084705114fd0a6b8
/usr/lib/x86_64-linux-gnu/gconv/CP1125.so f 0644 0:0 size=18680 nlink=1 sha256=679bbf15bd8d5a9fba3c05d5851cb772598df0e937193ff1c47091be91bceb4b
/usr/lib/x86_64-linux-gnu/gconv/CP1250.so f 0644 0:0 size=18680 nlink=1 sha256=87a416351d151a429202170aad2cf8145f8ac2d29f9cacb147972ad388914a47
/usr/lib/x86_64-linux-gnu/gconv/CP1251.so f 0644 0:0 size=18680 nlink=1 sha256=c55816314ee018dcd27ab2a3abde5a7feb789d42e99f5ddad4cdce5959e11c69
/usr/lib/x86_64-linux-gnu/gconv/CP1252.so f 0644 0:0 size=18680 nlink=1 sha256=61704889056965b11812e6f6d9d5436fd60747d17b2158c88af42cc522c38b1f
/usr/lib/x86_64-linux-gnu/gconv/CP1253.so f 0644 0:0 size=18680 nlink=1 sha256=8da766a4e3b202407d31bb9d87564b511a1b7438bbc178c8ce7fb0825020dd10
/usr/lib/x86_64-linux-gnu/gconv/CP1254.so f 0644 0:0 size=18680 nlink=1 sha256=2e1d13867bf00ecb2c2d432410949801a45f284b4aea0f2337b6afbe69dc8a17
/usr/lib/x86_64-linux-gnu/gconv/CP1255.so f 0644 0:0 size=18680 nlink=1 sha256=dd1c71d1e0e3c62d7625851a5f18fbed6338a947e14969557bc4f87e7af46797
/usr/lib/x86_64-linux-gnu/gconv/CP1256.so f 0644 0:0 size=18680 nlink=1 sha256=012269c448d2131f7b14a05742b71497050fa8089f71603433a528b0c0044467
/usr/lib/x86_64-linux-gnu/gconv/CP1257.so f 0644 0:0 size=18680 nlink=1 sha256=3be91f8063896099ecfec431ee9643ecd976482194ec9c49164b8cb0ebb41c7e
/usr/lib/x86_64-linux-gnu/gconv/CP1258.so f 0644 0:0 size=18688 nlink=1 sha256=f04bbeb843609656fcc87993cf75665172265208ca721b16f0ccc349f1ce7210
/usr/lib/x86_64-linux-gnu/gconv/CP737.so f 0644 0:0 size=18680 nlink=1 sha256=4154ac62625a622a478bec6ac9b49b96707ac193f46066489e4286c50a55e647
/usr/lib/x86_64-linux-gnu/gconv/CP770.so f 0644 0:0 size=18680 nlink=1 sha256=38b609757598ebc835732eb710d5223ad1dee1eee3ab3a442d44d8941f2bb9d3
/usr/lib/x86_64-linux-gnu/gconv/CP771.so f 0644 0:0 size=18680 nlink=1 sha256=a348969b9b1387b6e3e0ffa35555429512b2b23fb15e131af52f73b59f87fef3
/usr/lib/x86_64-linux-gnu/gconv/CP772.so f 0644 0:0 size=18680 nlink=1 sha256=85d30fd6b1361725e883b738fc00a34a1b4332c37a0e68550802437af857011f
/usr/lib/x86_64-linux-gnu/gconv/CP773.so f 0644 0:0 size=18680 nlink=1 sha256=8c199dc424db0cb83559e3117436491b1782c8ba52089d39095afa0cb86f6685
/usr/lib/x86_64-linux-gnu/gconv/CP774.so f 0644 0:0 size=18680 nlink=1 sha256=159e7ac1a664e466f972d2ec947e9ef627a5c74ba913b16793ca2a5fa53519b3
/usr/lib/x86_64-linux-gnu/gconv/CP775.so f 0644 0:0 size=18680 nlink=1 sha256=f11d5c80c0089798f145a6eb35703cd67b68068d5497e034bf5c03955f1a884a
/usr/lib/x86_64-linux-gnu/gconv/CP932.so f 0644 0:0 size=100600 nlink=1 sha256=46ad970a3b56b379eecc3822563f0e80de9a80cb9dc3e66e3e0627535afb1ed5
/usr/lib/x86_64-linux-gnu/gconv/CSN_369103.so f 0644 0:0 size=18680 nlink=1 sha256=8adeaa6dfcf2e325e1f5a4e368971c58453c2de95eb2d3cf9caa05d0eb6746f9
/usr/lib/x86_64-linux-gnu/gconv/CWI.so f 0644 0:0 size=18680 nlink=1 sha256=4e0114a3c1afbdcc180670f755dcf2b703aea1fef73f79177ac3bafbc2ffe1af
/usr/lib/x86_64-linux-gnu/gconv/DEC-MCS.so f 0644 0:0 size=18680 nlink=1 sha256=9bad5b7dabb84c03eccdeae490c69313e8562d7c5b26ff80d09896df7a4bc38f
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-AT-DE-A.so f 0644 0:0 size=18680 nlink=1 sha256=875d806800007803b6e7c9936c1db3c64191c8a073d38bfa06d41f572e7512e1
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-AT-DE.so f 0644 0:0 size=18680 nlink=1 sha256=b76625c2c96b867a88346fe4a55e1fad55b83e6eef7d88bf9fed73d097dc6a90
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-CA-FR.so f 0644 0:0 size=18680 nlink=1 sha256=a69035065522114337ba4b5395009543f813612827bf89fbd7eb9838cf32ddc3
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-DK-NO-A.so f 0644 0:0 size=18680 nlink=1 sha256=562c09c344950bab11fe074f97a3714641c66f64d0ea1e552f6e5fadb24cd0d7
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-DK-NO.so f 0644 0:0 size=18680 nlink=1 sha256=d00e37edec26ea9c9b451e28c9cdb31e831d27d1bba59a7723cdc9306bb3da34
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-ES-A.so f 0644 0:0 size=18680 nlink=1 sha256=14a776ca7f7cc67980bb3e65e0690f546ed39da687b5e5de32755b80b2333458
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-ES-S.so f 0644 0:0 size=18680 nlink=1 sha256=1a15f423874c4caa2e2dc525067db513d264bc8b61971b12b0f4b2395534e653
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-ES.so f 0644 0:0 size=18680 nlink=1 sha256=709e073e7da4de3032826896b07540b8c6eaa82efff7f1f389df0cdbb7d90a4d
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-FI-SE-A.so f 0644 0:0 size=18680 nlink=1 sha256=a5debe5e531f6c70a22256db9c2c877df30af28df4ffa40ceee3f89d9ec00b90
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-FI-SE.so f 0644 0:0 size=18680 nlink=1 sha256=f87ac1cc59b719c29bb91ee6c31a43a934f472abafeec79d79b7dd6cc2feff68
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-FR.so f 0644 0:0 size=18680 nlink=1 sha256=b016662d428acae4d7870b83a3f37c43b0daf12bbbc4cd514526ec63e7eaa6f5
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-IS-FRISS.so f 0644 0:0 size=18680 nlink=1 sha256=7765ed39cfad55944829130034042a4175fee3042b34f955e4e70653ee143ff7
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-IT.so f 0644 0:0 size=18680 nlink=1 sha256=3745a0b348d5ef1951d4a2c2e2c2907d36ef3d74bc04f9eab23d1fb6b7258c8d
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-PT.so f 0644 0:0 size=18680 nlink=1 sha256=319a01b6ce184aff5577e551ce3cc559442cd7c3ff76d2f00fc71bf4a1413a3a
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-UK.so f 0644 0:0 size=18680 nlink=1 sha256=aa25018e17eba180f444d8d57d63c238884c5df2e032764d0043ae1c85b73d8b
/usr/lib/x86_64-linux-gnu/gconv/EBCDIC-US.so f 0644 0:0 size=18680 nlink=1 sha256=4908c788c46e2cbacc112157cfed835ab189e52b7d0d65aee09519c1824b591a
/usr/lib/x86_64-linux-gnu/gconv/ECMA-CYRILLIC.so f 0644 0:0 size=18680 nlink=1 sha256=d7f90693b835a5619e8ec5deeb6971e1708fc9354c65fe4ed7c89ef164363d3e
/usr/lib/x86_64-linux-gnu/gconv/EUC-CN.so f 0644 0:0 size=22776 nlink=1 sha256=28563a1a1c1fd7f370783f096d1eb10bbab3c2724c76002bc97cc6338b93c93d
/usr/lib/x86_64-linux-gnu/gconv/EUC-JISX0213.so f 0644 0:0 size=22776 nlink=1 sha256=9834fb5d300b52504a9bfc4f6dcde875b5429ae8852a4aad188f12195b7a156f
/usr/lib/x86_64-linux-gnu/gconv/EUC-JP-MS.so f 0644 0:0 size=92408 nlink=1 sha256=f4994dc76fb3a5d863d6dea90c0ca0eeae60151b196b8da75b839fdfb0337a0b
/usr/lib/x86_64-linux-gnu/gconv/EUC-JP.so f 0644 0:0 size=18680 nlink=1 sha256=81e790a22259a33f1ef4ba7018d93315029d447793cc44c13dfcd22f272827a9
/usr/lib/x86_64-linux-gnu/gconv/EUC-KR.so f 0644 0:0 size=18680 nlink=1 sha256=9c21a3e8e7980dcd3ac0ce51ea35a4e4258c3f790cf00b14ea0b1479176bb4cc
/usr/lib/x86_64-linux-gnu/gconv/EUC-TW.so f 0644 0:0 size=26872 nlink=1 sha256=6ba575f5c0a2f6ed2848bf24f9b7ec6169329b952ff73072b25853a35bc9673f
/usr/lib/x86_64-linux-gnu/gconv/GB18030.so f 0644 0:0 size=182520 nlink=1 sha256=60be7ce0ce29a69635de217da88936d1c1ebbf9d25f1709bf059af59040abd6b
/usr/lib/x86_64-linux-gnu/gconv/GBBIG5.so f 0644 0:0 size=59632 nlink=1 sha256=6121d5c9b668e71ab2bd7366f8cfc99f7182edff9115f887c36d016e94c7f3ac
/usr/lib/x86_64-linux-gnu/gconv/GBGBK.so f 0644 0:0 size=18680 nlink=1 sha256=a5de0620a91fd55df1da241a2b27062c01e50dd1feb397239e0cb924f977a9f0
/usr/lib/x86_64-linux-gnu/gconv/GBK.so f 0644 0:0 size=121080 nlink=1 sha256=8424de36ea1da85c65cb49d0aa617a1cf4c45f742405ad93d88830dcc7bc1cee
/usr/lib/x86_64-linux-gnu/gconv/GEORGIAN-ACADEMY.so f 0644 0:0 size=18680 nlink=1 sha256=ffc735262eeafe498dbc32a13886423783110adb5622d9d71cb7ae7b5163528e
/usr/lib/x86_64-linux-gnu/gconv/GEORGIAN-PS.so f 0644 0:0 size=18680 nlink=1 sha256=c18d84f024ef2c48d3bbcb76869bbe8e1aa0b55529a1ba93871599deeb69bea4
/usr/lib/x86_64-linux-gnu/gconv/GOST_19768-74.so f 0644 0:0 size=18680 nlink=1 sha256=de6efd80acbd12dc65cfca70b5f4efb21baa1ad39ea80bfe1bf59191aa8f6fea
/usr/lib/x86_64-linux-gnu/gconv/GREEK-CCITT.so f 0644 0:0 size=18680 nlink=1 sha256=2848858fd8d4178f36c933df048d19fe26a26bcf11f88a7b311691a6f721cd05
/usr/lib/x86_64-linux-gnu/gconv/GREEK7-OLD.so f 0644 0:0 size=18680 nlink=1 sha256=8005485d2d683767bc5ada039111768692d3b70bf1bd6382d7f7c8ce89b83f46
/usr/lib/x86_64-linux-gnu/gconv/GREEK7.so f 0644 0:0 size=18680 nlink=1 sha256=b7fb4217b9d94505e69cccd664912bd4eb9e7f326d2a46504c727b2ec3891aef
/usr/lib/x86_64-linux-gnu/gconv/HP-GREEK8.so f 0644 0:0 size=18680 nlink=1 sha256=f4cd2fea97970402350deab7377dbc7a3241b65143fd249f99954230f935a8d6
/usr/lib/x86_64-linux-gnu/gconv/HP-ROMAN8.so f 0644 0:0 size=18680 nlink=1 sha256=3ace293b3c883d53282767440814a96a6eb098e72fb06b4d34f2ac0743e00e12
/usr/lib/x86_64-linux-gnu/gconv/HP-ROMAN9.so f 0644 0:0 size=18680 nlink=1 sha256=b02c0791bc785525976f957854e33564f1fcb9bd1f93ae2c30459a858e75cfa8
/usr/lib/x86_64-linux-gnu/gconv/HP-THAI8.so f 0644 0:0 size=18680 nlink=1 sha256=e69415b486dc5eb4a92f5f87527cabf7b32be9586d788c61a1c0025fd96f384e
/usr/lib/x86_64-linux-gnu/gconv/HP-TURKISH8.so f 0644 0:0 size=18680 nlink=1 sha256=2421de583f48675bc5a3a309048584acb821d23f6cee7d2d2fde5235ea7886a5
/usr/lib/x86_64-linux-gnu/gconv/IBM037.so f 0644 0:0 size=18680 nlink=1 sha256=01012d61014416db4548d2e5eaacf9c2866e8a391cbc2baa731e493755a507ea
/usr/lib/x86_64-linux-gnu/gconv/IBM038.so f 0644 0:0 size=18680 nlink=1 sha256=214d761b87f86b9b2a82b9fc90c5d46529bee82ea7a8435f2cbb04e790f808f6
/usr/lib/x86_64-linux-gnu/gconv/IBM1004.so f 0644 0:0 size=18680 nlink=1 sha256=fe8af471e126b8534a9539ea1700c31e623b095bf18061fad46d514bc6d40d2c
/usr/lib/x86_64-linux-gnu/gconv/IBM1008.so f 0644 0:0 size=18680 nlink=1 sha256=099419177fc8506567e54ff6ba5a4bff9f9a272d65d5f2fa3e0099d0bf460603
/usr/lib/x86_64-linux-gnu/gconv/IBM1008_420.so f 0644 0:0 size=14576 nlink=1 sha256=1d2dcc53f51382529f0ca25cea1537e703c48672baa3ef104b8fe1bbb843c6f3
/usr/lib/x86_64-linux-gnu/gconv/IBM1025.so f 0644 0:0 size=18680 nlink=1 sha256=f5549146c11c7d779b83c38403b189c28291a1c0ba938e0b4f2297782ac7d8e3
/usr/lib/x86_64-linux-gnu/gconv/IBM1026.so f 0644 0:0 size=18680 nlink=1 sha256=448799074c633a2ed7be8afabd2d8fbdd2e46eae04a0b89e6d1dde89370aed9d
/usr/lib/x86_64-linux-gnu/gconv/IBM1046.so f 0644 0:0 size=18680 nlink=1 sha256=bd67d2dd34831e604c22dd28861caf45c4467b76dcdcf7a6b58bf17e1bc5b542
/usr/lib/x86_64-linux-gnu/gconv/IBM1047.so f 0644 0:0 size=18680 nlink=1 sha256=89cb9ee4685018b6daa5f076b8e4ef73882914c6ab0e376303927c66667a233a
/usr/lib/x86_64-linux-gnu/gconv/IBM1097.so f 0644 0:0 size=18680 nlink=1 sha256=c22bde3b3caf4b6ecb0a34fa0a8213b1c8006f732f7c4448573abbf618d859a1
/usr/lib/x86_64-linux-gnu/gconv/IBM1112.so f 0644 0:0 size=18680 nlink=1 sha256=bffb5cc00164448e1bd6240f6308a6467bffc08ab902913c25b5af9d5304a765
/usr/lib/x86_64-linux-gnu/gconv/IBM1122.so f 0644 0:0 size=18680 nlink=1 sha256=666c776f29d0986dc29f489b24d6620514f8f1e6020df5eb628f74bec3199579
/usr/lib/x86_64-linux-gnu/gconv/IBM1123.so f 0644 0:0 size=18680 nlink=1 sha256=255e0ed25b8ae07c684ee970e565f97035d43093e043950288bbb7358239c8f2
/usr/lib/x86_64-linux-gnu/gconv/IBM1124.so f 0644 0:0 size=18680 nlink=1 sha256=ad3784e221a242d11216ceb6ea9477fd8dda83b43de2a500dd21bf5a4c6486bf
/usr/lib/x86_64-linux-gnu/gconv/IBM1129.so f 0644 0:0 size=18680 nlink=1 sha256=76563980224fd35ce9dcd6deb0a257961348d16a8b1dede69c2678f140b647da
/usr/lib/x86_64-linux-gnu/gconv/IBM1130.so f 0644 0:0 size=18680 nlink=1 sha256=11b5b33fb1f847b913c67abe3047a69507ceafe7b2d3e9474066a91181746bb3
/usr/lib/x86_64-linux-gnu/gconv/IBM1132.so f 0644 0:0 size=18680 nlink=1 sha256=b3defb589527d4e97afcfe148f19a1865f07507085c9695f0b274614c6df1608
/usr/lib/x86_64-linux-gnu/gconv/IBM1133.so f 0644 0:0 size=18680 nlink=1 sha256=f61e8cfc007eeb82c55e0b81a002642e310e96d2425eb99607430061c1d1fc31
/usr/lib/x86_64-linux-gnu/gconv/IBM1137.so f 0644 0:0 size=18680 nlink=1 sha256=7ffc5c2a4d6e4a3628e557b2946c24180419be223b26a8af62b5ee28a135bb0f
/usr/lib/x86_64-linux-gnu/gconv/IBM1140.so f 0644 0:0 size=18680 nlink=1 sha256=bdeffe7f1aa6700574f6d13e1d1b3066edbee621a26b5c2431a7080f7be3a62c
/usr/lib/x86_64-linux-gnu/gconv/IBM1141.so f 0644 0:0 size=18680 nlink=1 sha256=2b2b91d770feb5b6d1b3e1245bbdf17087d9ae9251cb8fa2d023de0c14bb72b3
/usr/lib/x86_64-linux-gnu/gconv/IBM1142.so f 0644 0:0 size=18680 nlink=1 sha256=3aea22fbb7b9b1f1ab7a9e3942b084329cd01495d8c7d9c3e85f030ec995beaa
/usr/lib/x86_64-linux-gnu/gconv/IBM1143.so f 0644 0:0 size=18680 nlink=1 sha256=710c48b26030c64ab6018d54cacca72974b8b23a971f31da65d2cd6bc841a89c
/usr/lib/x86_64-linux-gnu/gconv/IBM1144.so f 0644 0:0 size=18680 nlink=1 sha256=b5f847832dba4b8b5a57e696e77f8548ec72e562e9c6f1844b530e5f21f1ae3b
/usr/lib/x86_64-linux-gnu/gconv/IBM1145.so f 0644 0:0 size=18680 nlink=1 sha256=a9882041e2b65d38e6e940220d98a1a675314cab631b8670f068c4cd67c2e14b
/usr/lib/x86_64-linux-gnu/gconv/IBM1146.so f 0644 0:0 size=18680 nlink=1 sha256=393d5713d72d3c1c9aabafe36c413a2b7b6178aec7b78e2d8eeb6580bd31a355
/usr/lib/x86_64-linux-gnu/gconv/IBM1147.so f 0644 0:0 size=18680 nlink=1 sha256=660ca420f88792c06930e16987263e51764ffea37d5647b81b409e7b7060ac9c
/usr/lib/x86_64-linux-gnu/gconv/IBM1148.so f 0644 0:0 size=18680 nlink=1 sha256=e6bdcce4477fe7c0bd50b5be2a60eff1cb4d5046240027eb3f6f555f45d25113
/usr/lib/x86_64-linux-gnu/gconv/IBM1149.so f 0644 0:0 size=18680 nlink=1 sha256=a7bcd3f8381c0138c471e6b4901bec2ac43a6e68a675407192361411ed355d71
/usr/lib/x86_64-linux-gnu/gconv/IBM1153.so f 0644 0:0 size=18680 nlink=1 sha256=28d672bf7d87d613735a0ba748cfcc521337fac80a12993250ce7548cd2bb376
/usr/lib/x86_64-linux-gnu/gconv/IBM1154.so f 0644 0:0 size=18680 nlink=1 sha256=49c332468486cfefb549276be10cbd07260e25bb5aaa063b337c6f7e9f2cf647
/usr/lib/x86_64-linux-gnu/gconv/IBM1155.so f 0644 0:0 size=18680 nlink=1 sha256=368440b6049c7d768a3cca158195ddb3ba3f982b19f6969f3a803df7e22f3103
/usr/lib/x86_64-linux-gnu/gconv/IBM1156.so f 0644 0:0 size=18680 nlink=1 sha256=2d2a9b6c9c57a7685cf342b2d29155b3b1e056e9aeb4a352a719cc9998cb3b42
/usr/lib/x86_64-linux-gnu/gconv/IBM1157.so f 0644 0:0 size=18680 nlink=1 sha256=eb4851dd619f28803a48f8f1d606050bb419b67045c9d7e68e139777fc4600a2
/usr/lib/x86_64-linux-gnu/gconv/IBM1158.so f 0644 0:0 size=18680 nlink=1 sha256=e48ca1a895db25c5a4edd4cac98176cdf972279aff69e13c87407d236eb5748c
/usr/lib/x86_64-linux-gnu/gconv/IBM1160.so f 0644 0:0 size=18680 nlink=1 sha256=9495995cbdaf83c96c3b603b38d6bf98c9d28ea8c4fdd5b63c08214e5e8a1b23
/usr/lib/x86_64-linux-gnu/gconv/IBM1161.so f 0644 0:0 size=18680 nlink=1 sha256=b981f8ef7961f73dc52758018ead9e2621e9f5802e19ca371751289be3a2b137
/usr/lib/x86_64-linux-gnu/gconv/IBM1162.so f 0644 0:0 size=18680 nlink=1 sha256=2ec623b7a2c059199c7138e6031bf8c4fc45d68b13a25febd7c1a6c89572ff25
/usr/lib/x86_64-linux-gnu/gconv/IBM1163.so f 0644 0:0 size=18680 nlink=1 sha256=d023aa5912debb13a035ed529a3ba31d99e0d128b04d56d33037c0b344d35b7e
/usr/lib/x86_64-linux-gnu/gconv/IBM1164.so f 0644 0:0 size=18680 nlink=1 sha256=9880efd77b794170f75aff72cd6a6146b78e4cbb7155a99d2162d7c7f86fcbf7
/usr/lib/x86_64-linux-gnu/gconv/IBM1166.so f 0644 0:0 size=18680 nlink=1 sha256=80a1972c5b27e3f9ae389b339833afa8ab782218d0b6ce22adcd96c387f6eeea
/usr/lib/x86_64-linux-gnu/gconv/IBM1167.so f 0644 0:0 size=18680 nlink=1 sha256=bf6dc957e70033f34aabea7347240b630b3b610519602442d0caf42fb34600e7
/usr/lib/x86_64-linux-gnu/gconv/IBM12712.so f 0644 0:0 size=18680 nlink=1 sha256=63243b55c55639afcd12bd889d39fb235694491fc7f22ce7a30d7ec1cd15ebe8
/usr/lib/x86_64-linux-gnu/gconv/IBM1364.so f 0644 0:0 size=153840 nlink=1 sha256=d23ff502ae280d9a66dd119c1f4558cbe1a454a46ddce137ca1d20dc10e2e9db
/usr/lib/x86_64-linux-gnu/gconv/IBM1371.so f 0644 0:0 size=133360 nlink=1 sha256=12812f38e3fa2f30868954b73fafe90f6401d350d37ec955057e45cf2522d16a
/usr/lib/x86_64-linux-gnu/gconv/IBM1388.so f 0644 0:0 size=178416 nlink=1 sha256=5327317235b9795422545d7f352c3f0973f0474061bacfc519a5c65f2845f8bc
/usr/lib/x86_64-linux-gnu/gconv/IBM1390.so f 0644 0:0 size=235760 nlink=1 sha256=81cf9c76120792b6630e95e62014ff60fd4efaa5882ff5a1a0c7e65c4258952c
/usr/lib/x86_64-linux-gnu/gconv/IBM1399.so f 0644 0:0 size=235760 nlink=1 sha256=782361db5221301fbb6add62c78d53241cf751c48eda3e323127eb1ea03d237f
/usr/lib/x86_64-linux-gnu/gconv/IBM16804.so f 0644 0:0 size=18680 nlink=1 sha256=281777c140c1524b04c4da3621291976b0d44da5cf4b9973bebe3754dc93a487
/usr/lib/x86_64-linux-gnu/gconv/IBM256.so f 0644 0:0 size=18680 nlink=1 sha256=cca8f7848269daa733f3602f6e8cdc67420a22111a8361655fa28defa3ee607c
/usr/lib/x86_64-linux-gnu/gconv/IBM273.so f 0644 0:0 size=18680 nlink=1 sha256=83567f7cafa5c0a97281d375365b2b30e2811becfa57b0e9e5906e635c38afea
/usr/lib/x86_64-linux-gnu/gconv/IBM274.so f 0644 0:0 size=18680 nlink=1 sha256=7ead15a05008f8a4a8f93810777d4063f9055ec424c80008676259733e83c07c
/usr/lib/x86_64-linux-gnu/gconv/IBM275.so f 0644 0:0 size=18680 nlink=1 sha256=aaf196afb3f3f2c876c96dfc233be6054d76a812c22e8a1ea667b46bd7cea4c0
/usr/lib/x86_64-linux-gnu/gconv/IBM277.so f 0644 0:0 size=18680 nlink=1 sha256=bc730ad799121ad38433e5af66f6e7b3bb3aaea68f7effc329bdd4adbc803c14
/usr/lib/x86_64-linux-gnu/gconv/IBM278.so f 0644 0:0 size=18680 nlink=1 sha256=3e1ec177faeca4259662285b006379162dcacda8510e4fdba8653814124c9ee1
/usr/lib/x86_64-linux-gnu/gconv/IBM280.so f 0644 0:0 size=18680 nlink=1 sha256=97247aef5f3f11a165a918958904e3d5e52bd5ff79e0ed683f6920ae90c13a93
/usr/lib/x86_64-linux-gnu/gconv/IBM281.so f 0644 0:0 size=18680 nlink=1 sha256=f7592c39d8205d2578b254b39d142013a33a6a04f7794cecd3c03648b69aa112
/usr/lib/x86_64-linux-gnu/gconv/IBM284.so f 0644 0:0 size=18680 nlink=1 sha256=1f2ee6dc8b71ae0e151e716a03d9fdf6ec2b43913c195e3742d0546233fd062d
/usr/lib/x86_64-linux-gnu/gconv/IBM285.so f 0644 0:0 size=18680 nlink=1 sha256=eba40bafe69d329cbea44d0f82a92fc8c11616cce7c50bcd724cb10bf6bb7e78
/usr/lib/x86_64-linux-gnu/gconv/IBM290.so f 0644 0:0 size=18680 nlink=1 sha256=6a39b0b350aaec707bad484e8adb2173fbd0793aa27198efd85e1d6d4c1ede66
/usr/lib/x86_64-linux-gnu/gconv/IBM297.so f 0644 0:0 size=18680 nlink=1 sha256=f974494b2c7a89ff71f15f82578f60bebe372c2848de48c5e949fdd924d6abf5
/usr/lib/x86_64-linux-gnu/gconv/IBM420.so f 0644 0:0 size=18680 nlink=1 sha256=777deb0f36395efac47566d2964f471188932b86e9a4700c63fdbe102be13dbf
/usr/lib/x86_64-linux-gnu/gconv/IBM423.so f 0644 0:0 size=18680 nlink=1 sha256=60dfa4b8083135c34f7fbaa34a5607063185a0cb047ed8489c1494c2e0dd9082
/usr/lib/x86_64-linux-gnu/gconv/IBM424.so f 0644 0:0 size=18680 nlink=1 sha256=14ec5f19046df9b3cc404721c60b5478084350921ac65f235fa79c585c9f5dc0
/usr/lib/x86_64-linux-gnu/gconv/IBM437.so f 0644 0:0 size=18680 nlink=1 sha256=8694cd7fb8a17944a6d9bc4c57c9c0e2d7bf6e11c0eb6448176e0a5ba0eba1a7
/usr/lib/x86_64-linux-gnu/gconv/IBM4517.so f 0644 0:0 size=18680 nlink=1 sha256=11d0ca33ade5d7727bc28187eb7172d1e0125d8dd8518f3b71ec421ea48aee48
/usr/lib/x86_64-linux-gnu/gconv/IBM4899.so f 0644 0:0 size=18680 nlink=1 sha256=aab68e924851fb6b32058463c779868d74d41355fe9b0dbda397bb725d67ec38
/usr/lib/x86_64-linux-gnu/gconv/IBM4909.so f 0644 0:0 size=18680 nlink=1 sha256=c584e5ed928b004d6c34a1f517a70d329ea7ee1dcd2751128933d0aefcd18969
/usr/lib/x86_64-linux-gnu/gconv/IBM4971.so f 0644 0:0 size=18680 nlink=1 sha256=83d5aa0963b13fe60c4375bee7cafe2c9272e0afcae1b1a30f7776d4c694cf80
/usr/lib/x86_64-linux-gnu/gconv/IBM500.so f 0644 0:0 size=18680 nlink=1 sha256=fcfe667187e5051f855bcb880cbce5f98f4b7f013e38f7927362798b6784c151
/usr/lib/x86_64-linux-gnu/gconv/IBM5347.so f 0644 0:0 size=18680 nlink=1 sha256=1e7068f1ffccff793ba26a6f33656ea8c66ad8294556397dde2c11c11c7fc3f8
/usr/lib/x86_64-linux-gnu/gconv/IBM803.so f 0644 0:0 size=18680 nlink=1 sha256=835d5e67f866944eca70750a90e3dbbf94bec0813637db47bd04b48173de64b7
/usr/lib/x86_64-linux-gnu/gconv/IBM850.so f 0644 0:0 size=18680 nlink=1 sha256=ec5b4d1ee34008daabce963ad47412967195033ee99e9235a06fa3d57c4717bc
/usr/lib/x86_64-linux-gnu/gconv/IBM851.so f 0644 0:0 size=18680 nlink=1 sha256=27f58315398fc984979f0d0898ea1491b3bb4444361dec16eb9786bcc946978f
/usr/lib/x86_64-linux-gnu/gconv/IBM852.so f 0644 0:0 size=18680 nlink=1 sha256=4b775a34d34cf73061de0b36748c46dd57f35b43cb8b76f18c383d96286fac63
/usr/lib/x86_64-linux-gnu/gconv/IBM855.so f 0644 0:0 size=18680 nlink=1 sha256=0607b5993d151baa571de349bbc55e79a980461404b063be558492d4d3374cd5
/usr/lib/x86_64-linux-gnu/gconv/IBM856.so f 0644 0:0 size=18680 nlink=1 sha256=02f8b39e2d3f5db9d5f357e9f1108bb10c6a449965de3d4b38e74dcd0a4af87a
/usr/lib/x86_64-linux-gnu/gconv/IBM857.so f 0644 0:0 size=18680 nlink=1 sha256=d1c59f6bed2e49bbead278f4d8ab000359d21480405f5cad4e051712751d7ac1
/usr/lib/x86_64-linux-gnu/gconv/IBM858.so f 0644 0:0 size=18680 nlink=1 sha256=ba4ad63e967563dda4e1e64d3131e67315ecb7f505100c762555b3a83c4c4704
/usr/lib/x86_64-linux-gnu/gconv/IBM860.so f 0644 0:0 size=18680 nlink=1 sha256=c5ff41466d73714ffe1a7cfba35d45c23850519ff150a088d771f46944d7dee3
/usr/lib/x86_64-linux-gnu/gconv/IBM861.so f 0644 0:0 size=18680 nlink=1 sha256=eebc1a362c4f97113c6835a33e16a10016b47a5585c81765eea8bcf6952a622b
/usr/lib/x86_64-linux-gnu/gconv/IBM862.so f 0644 0:0 size=18680 nlink=1 sha256=de12ad94b96e1f902bbc047839d293b35d18f10517448b8e000bd7f57e1e5714
/usr/lib/x86_64-linux-gnu/gconv/IBM863.so f 0644 0:0 size=18680 nlink=1 sha256=98d830226c983280579edfb7b80bda73485d55dc93bcfddb351053006ed30666
/usr/lib/x86_64-linux-gnu/gconv/IBM864.so f 0644 0:0 size=18680 nlink=1 sha256=1a4189a0f38b04645342cb14fbdbd5b8fb71f34aaea2fb5c915aea17f69057a5
/usr/lib/x86_64-linux-gnu/gconv/IBM865.so f 0644 0:0 size=18680 nlink=1 sha256=1c9d1c39622dc9565f34863bb8aee68f137ea8f9f19f6c45558de0baf492afde
/usr/lib/x86_64-linux-gnu/gconv/IBM866.so f 0644 0:0 size=18680 nlink=1 sha256=9798f3b0cb0086d135a38ad8b98d99473a540e09af0099a89250862dda37d8e5
/usr/lib/x86_64-linux-gnu/gconv/IBM866NAV.so f 0644 0:0 size=18680 nlink=1 sha256=acca3cfc0afba83a9ca6acaff9a7809163431171ce444edf4f36b04e30eb7b2d
/usr/lib/x86_64-linux-gnu/gconv/IBM868.so f 0644 0:0 size=18680 nlink=1 sha256=16b2863f7a1354c110d6ffb8689f0790d7c152c0443805039e0ea9a1e733ceb7
/usr/lib/x86_64-linux-gnu/gconv/IBM869.so f 0644 0:0 size=18680 nlink=1 sha256=80df6c34ab95f2e74e2b12527dcf5386d57d3a22d56536a819ddb1211258ca39
/usr/lib/x86_64-linux-gnu/gconv/IBM870.so f 0644 0:0 size=18680 nlink=1 sha256=ca19acb010157a79d2b146da241eaa60c878e02fb31a86109dc58fb24552e804
/usr/lib/x86_64-linux-gnu/gconv/IBM871.so f 0644 0:0 size=18680 nlink=1 sha256=49f20b70eaf348d4c9c7d4e8b5ebdf25b906a4245098af6ab6c96b6accc0ba39
/usr/lib/x86_64-linux-gnu/gconv/IBM874.so f 0644 0:0 size=18680 nlink=1 sha256=3230d6114d362fa8a275f06a8b9e1cd3bf71decba209c886371297f82c5f171f
/usr/lib/x86_64-linux-gnu/gconv/IBM875.so f 0644 0:0 size=18680 nlink=1 sha256=7a9ef1ebc6904d41ca166cdf0cc6111b570736c79a41bb2286142e29337015e1
/usr/lib/x86_64-linux-gnu/gconv/IBM880.so f 0644 0:0 size=18680 nlink=1 sha256=cbee0c136ac8dc964d5002c8fc17cc82c5332a83227d8ffaa7f9e37acf99ea35
/usr/lib/x86_64-linux-gnu/gconv/IBM891.so f 0644 0:0 size=18680 nlink=1 sha256=7537deb3ae49ce2ae927d63136c5794cf47e9e972a3f807eb5e1c3fa7b2e306c
/usr/lib/x86_64-linux-gnu/gconv/IBM901.so f 0644 0:0 size=18680 nlink=1 sha256=ce24d80f1298403c5ac71c869e7a2e092ce057a1292ef2812dd6a13620e79242
/usr/lib/x86_64-linux-gnu/gconv/IBM902.so f 0644 0:0 size=18680 nlink=1 sha256=606fc2cf61cfb908b89e6c59bbeb41f6c7b106dec56b6d7c7ea3f73362b47150
/usr/lib/x86_64-linux-gnu/gconv/IBM903.so f 0644 0:0 size=18680 nlink=1 sha256=6383f04c86c017da950c794151c2942cb78f6720cc4c7b066d3a02787b6b117e
/usr/lib/x86_64-linux-gnu/gconv/IBM9030.so f 0644 0:0 size=18680 nlink=1 sha256=b0cec2749b17c17d909db3ef3d6eef995fb40b32f2cbfb3a6978d41d3e6c29f6
/usr/lib/x86_64-linux-gnu/gconv/IBM904.so f 0644 0:0 size=18680 nlink=1 sha256=579a7b4bccae77eed4329c7e0d40facfe64dbf610b118ea70835e26b1f794285
/usr/lib/x86_64-linux-gnu/gconv/IBM905.so f 0644 0:0 size=18680 nlink=1 sha256=e43aba14ffd0f3322191d066567d3ad4ad90a2f6f66765c0e503c6cc9dd2cb77
/usr/lib/x86_64-linux-gnu/gconv/IBM9066.so f 0644 0:0 size=18680 nlink=1 sha256=e39735602b4092d1f16710f928375ada1ce34f338b44e372ca44843d6864738d
/usr/lib/x86_64-linux-gnu/gconv/IBM918.so f 0644 0:0 size=18680 nlink=1 sha256=9960bd9f83819cadcea72a1bc9312cd8f4206c2112af0d0bdc39e19a72a5c119
/usr/lib/x86_64-linux-gnu/gconv/IBM921.so f 0644 0:0 size=18680 nlink=1 sha256=5ccddac4a199474c9e8e2dfa15f939ba66f9abbe808e236138103bfce0abcfad
/usr/lib/x86_64-linux-gnu/gconv/IBM922.so f 0644 0:0 size=18680 nlink=1 sha256=98e819458c15b321bd64a86ced40d5de4fa5bc20a9dd1c6de532247748aea38c
/usr/lib/x86_64-linux-gnu/gconv/IBM930.so f 0644 0:0 size=100600 nlink=1 sha256=b9fb4fafea316abfab274f2fef547191bd8215daabda99acaa1d0280d63f901e
/usr/lib/x86_64-linux-gnu/gconv/IBM932.so f 0644 0:0 size=76024 nlink=1 sha256=d0ee86b52a87b0140d2420180f3b68fdcc91c3d0c0de79c67f5e4838df880c34
/usr/lib/x86_64-linux-gnu/gconv/IBM933.so f 0644 0:0 size=121080 nlink=1 sha256=c8b00a9de4287c73a7fcfdf0523e627a656e5638b8e28df472db5f7e01b801a5
/usr/lib/x86_64-linux-gnu/gconv/IBM935.so f 0644 0:0 size=88312 nlink=1 sha256=1bd0cd67b2dd281957b786f2e84446d636291d9a467bc3eb5c9c2ee3c7da6ffe
/usr/lib/x86_64-linux-gnu/gconv/IBM937.so f 0644 0:0 size=116984 nlink=1 sha256=88318923571a385bf4ece2dce6d220b17fb90914cf9b414fc310f2805aa73625
/usr/lib/x86_64-linux-gnu/gconv/IBM939.so f 0644 0:0 size=100600 nlink=1 sha256=6af08f62359747338c5c435007711bfe8b0dc97b7d026858582496108d6324a5
/usr/lib/x86_64-linux-gnu/gconv/IBM943.so f 0644 0:0 size=76024 nlink=1 sha256=af48f55701ac72c29ee546877d26940b0fa5623256b43dead2fffd1d2584779a
/usr/lib/x86_64-linux-gnu/gconv/IBM9448.so f 0644 0:0 size=18680 nlink=1 sha256=fe72bf70e78223478766bc58827e270304053ff638012f6d0e908f1d897b3555
/usr/lib/x86_64-linux-gnu/gconv/IEC_P27-1.so f 0644 0:0 size=18680 nlink=1 sha256=29291059fa447c9d8279f68090cda59c25f98c1e615008c6b96e8ae712b7f308
/usr/lib/x86_64-linux-gnu/gconv/INIS-8.so f 0644 0:0 size=18680 nlink=1 sha256=6cc94776bde071aea5ca8bd6bfe053667fa82e1ffa9cf9c2be2891e938b32ed0
/usr/lib/x86_64-linux-gnu/gconv/INIS-CYRILLIC.so f 0644 0:0 size=18680 nlink=1 sha256=d5c75c86a0e95c3ea0219bc08dde5777ed83af0b6818177efaf665bee8ebdd59
/usr/lib/x86_64-linux-gnu/gconv/INIS.so f 0644 0:0 size=18680 nlink=1 sha256=eaff7e07fa7cd8ef50d14e6bb6977357661d592ecc32a0df287e03926da4c588
/usr/lib/x86_64-linux-gnu/gconv/ISIRI-3342.so f 0644 0:0 size=18680 nlink=1 sha256=47724628f15abc68191812bcebf8f5294f89f6a12908fda4db3b2005fa47dcb5
/usr/lib/x86_64-linux-gnu/gconv/ISO-2022-CN-EXT.so f 0644 0:0 size=59648 nlink=1 sha256=750600775faf7688f06c9b3ebe187478925c602c22e52b8f27bcc523328aa1fa
/usr/lib/x86_64-linux-gnu/gconv/ISO-2022-CN.so f 0644 0:0 size=43256 nlink=1 sha256=dcd029340f332655bd9b601c9930a7c5893df755fda0424de4bd314fd18bfd4e
/usr/lib/x86_64-linux-gnu/gconv/ISO-2022-JP-3.so f 0644 0:0 size=30968 nlink=1 sha256=03f37f28fda11bb7995a678cce1c7dc2a5acd0e3cfa08264185983a2fe2435c3
/usr/lib/x86_64-linux-gnu/gconv/ISO-2022-JP.so f 0644 0:0 size=55568 nlink=1 sha256=77f52031322499bfbaa450b777131108db6a821e670a5e9c5075ba4f9ea7d28a
/usr/lib/x86_64-linux-gnu/gconv/ISO-2022-KR.so f 0644 0:0 size=22776 nlink=1 sha256=96a945934a7277088855a2ba2e0edbb44c6e660be7686b6228b813c77c252ad6
/usr/lib/x86_64-linux-gnu/gconv/ISO-IR-197.so f 0644 0:0 size=18680 nlink=1 sha256=fb47cdc7cdf9efbaacdf2420500d0b8836e77d7e7a9205544e23bba617ed8736
/usr/lib/x86_64-linux-gnu/gconv/ISO-IR-209.so f 0644 0:0 size=18680 nlink=1 sha256=5fa72d9c4649edad9d722ab3a3da9f46e8d868cc8159c5f3f5701ce28704ccc7
/usr/lib/x86_64-linux-gnu/gconv/ISO646.so f 0644 0:0 size=39184 nlink=1 sha256=5be03feb45cfb7bcba6868223bda86d4662ec59c2da14e2c193b5a23e8bbdfb6
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-1.so f 0644 0:0 size=14584 nlink=1 sha256=f3341844d999c704b35696abd7f3b2ed76f451c8232c5f139988a230b02e2174
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-10.so f 0644 0:0 size=18680 nlink=1 sha256=275ad9e9a982127913ff866c182ad0019b4dde58920a3c5d4a57f1e37de71d5c
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-11.so f 0644 0:0 size=18680 nlink=1 sha256=efab1662a54334eff65240ceb517d330685f97ead2ae7b7008576b6c24d38237
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-13.so f 0644 0:0 size=18680 nlink=1 sha256=02aa0a3029ca438d612bc4df699129a5c726a913d72cb33bea8fbd3fee6c1e4b
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-14.so f 0644 0:0 size=18680 nlink=1 sha256=c1fe107b68430a8ffd942fe399f8bcbdd98c9a18f0c054e465d136d47dbce90c
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-15.so f 0644 0:0 size=18680 nlink=1 sha256=afc6b3026c5faac40cc18d6b606a62a9b5f6d807d8ccb39434f8b9836163c366
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-16.so f 0644 0:0 size=18680 nlink=1 sha256=ca73a100ff1fdcad377f01c9bb2128f45f5ef2355e01a6e41614ab5fc929fdab
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-2.so f 0644 0:0 size=18680 nlink=1 sha256=acb1ff6731dcc4ebc84bf865616a56fea0f5548f8eda2507570c26186ec25020
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-3.so f 0644 0:0 size=18680 nlink=1 sha256=88c81070263f9cf85aeabb395a79c90eef04aa517d0002e528731480aa24e5e7
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-4.so f 0644 0:0 size=18680 nlink=1 sha256=d49284ff8d2507e292fac1998ba855523c29e9df4966db46e91ff0ed1f77789b
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-5.so f 0644 0:0 size=18680 nlink=1 sha256=e631acd7a557b6bb9242177ad36cd800ebae972b586bdb1f43cdf88018229d8d
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-6.so f 0644 0:0 size=22776 nlink=1 sha256=629ad7b1fa6c810cc90740e90bedc11856e63adea50beb8a4050f6e9c7a9f430
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-7.so f 0644 0:0 size=18680 nlink=1 sha256=2f52b243e6e43e30fa9b6530e3e6dcb2524c95f865a14ebaa14d290e0e73993d
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-8.so f 0644 0:0 size=18680 nlink=1 sha256=99d898df069ae61b4021de7c48cbfb3e2dfc2eabc66e3ba12988fd036a25e324
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-9.so f 0644 0:0 size=18680 nlink=1 sha256=9cbd10033851db4392d3bf086c27eeede819f75ed6fd48cd4e9d1fef95880420
/usr/lib/x86_64-linux-gnu/gconv/ISO8859-9E.so f 0644 0:0 size=18680 nlink=1 sha256=0ea49afa791570d006b7f2c8a22b2293213b1b4c136688ad91d07655811c69ab
/usr/lib/x86_64-linux-gnu/gconv/ISO_10367-BOX.so f 0644 0:0 size=18680 nlink=1 sha256=bbd710084b0780d0ed8a9f6713e3c91d5f014318ec73ba3a89514e577bd0f0f1
/usr/lib/x86_64-linux-gnu/gconv/ISO_11548-1.so f 0644 0:0 size=14584 nlink=1 sha256=e3d8888142b9f4c76ca30e4dc3c7294b0ccaeae3773942ea1da134e7cf36f41d
/usr/lib/x86_64-linux-gnu/gconv/ISO_2033.so f 0644 0:0 size=18680 nlink=1 sha256=b119d51b21ee8e696822f0065fc92d67d19c0b21477a4cff644e536d692ab878
/usr/lib/x86_64-linux-gnu/gconv/ISO_5427-EXT.so f 0644 0:0 size=18680 nlink=1 sha256=d3c706fda420bc40ccb96b96e18da33ee8df410f735d22f36b485a7943de140f
/usr/lib/x86_64-linux-gnu/gconv/ISO_5427.so f 0644 0:0 size=18680 nlink=1 sha256=207b48d3c305c2ea03a6586923369ef4e908ba9cd3ff6171d241d24a26721c17
/usr/lib/x86_64-linux-gnu/gconv/ISO_5428.so f 0644 0:0 size=18680 nlink=1 sha256=0a2b6bbf9d3906cf3b20deb2db2877b8da787002672f389f69708073568a7f2a
/usr/lib/x86_64-linux-gnu/gconv/ISO_6937-2.so f 0644 0:0 size=26872 nlink=1 sha256=9ba33f6df0f2635ddf80fbae5be9e459c265621c4c4e5ba59b9777cd7d9edcf3
/usr/lib/x86_64-linux-gnu/gconv/ISO_6937.so f 0644 0:0 size=26872 nlink=1 sha256=a15438d583be70eac00c0b7483b07f7e6d708934343ea3ad04e7e8d06d714184
/usr/lib/x86_64-linux-gnu/gconv/JOHAB.so f 0644 0:0 size=22776 nlink=1 sha256=16b6bb6fed29fc522680dc0f01d1c54e9368a2cec0a371c1b8f93330f68d7ce7
/usr/lib/x86_64-linux-gnu/gconv/KOI-8.so f 0644 0:0 size=18680 nlink=1 sha256=4f2b64840754c1efc83226f7d205f2245055127f633500ea73789ecf64725669
/usr/lib/x86_64-linux-gnu/gconv/KOI8-R.so f 0644 0:0 size=18680 nlink=1 sha256=e83a481c14bb2ab75bda8afac331456aa7e1bac02b4a6c0d0f2fc24208aee792
/usr/lib/x86_64-linux-gnu/gconv/KOI8-RU.so f 0644 0:0 size=18680 nlink=1 sha256=8d74e270e2de647a18efa0d1ac48ff4cfd07fc9c43e731278e34edef0b5cb0cf
/usr/lib/x86_64-linux-gnu/gconv/KOI8-T.so f 0644 0:0 size=18680 nlink=1 sha256=cccb70b2ec4e41f66869a813e38bb6548683d2a4f70230e21060642f576bcab9
/usr/lib/x86_64-linux-gnu/gconv/KOI8-U.so f 0644 0:0 size=18680 nlink=1 sha256=dc9a3f31971446b99f945b16719beedbb44bc5941bd24e2c0e1af9614803d50a
/usr/lib/x86_64-linux-gnu/gconv/LATIN-GREEK-1.so f 0644 0:0 size=18680 nlink=1 sha256=f43fa40712332bdf639e0458aa821585f307e567c15fcc605c8a22a90c686a9d
/usr/lib/x86_64-linux-gnu/gconv/LATIN-GREEK.so f 0644 0:0 size=18680 nlink=1 sha256=34c45a327e3b23331e00ef9810759ca1a5e6ed90d08c293cd379ff49a208010f
/usr/lib/x86_64-linux-gnu/gconv/MAC-CENTRALEUROPE.so f 0644 0:0 size=18680 nlink=1 sha256=30290f6deda0397cd552c7a7b7d4c5137eff743a497c79251d9e21f84ded7801
/usr/lib/x86_64-linux-gnu/gconv/MAC-IS.so f 0644 0:0 size=18680 nlink=1 sha256=4642006976e6bb185856c1654acdbe58fcd9fc29a18607928c041f4041bf2af9
/usr/lib/x86_64-linux-gnu/gconv/MAC-SAMI.so f 0644 0:0 size=18680 nlink=1 sha256=1f65317464550cb6f461db725a50c2a5a03a1d5902815e9e739324fe72fa1a5a
/usr/lib/x86_64-linux-gnu/gconv/MAC-UK.so f 0644 0:0 size=18680 nlink=1 sha256=20b7930f73529282f2ce7b29152a2263edb80059fb76d83ef3565417befde0d4
/usr/lib/x86_64-linux-gnu/gconv/MACINTOSH.so f 0644 0:0 size=18680 nlink=1 sha256=f2ba15f09d26df78056a46f8ad9c2a93e2a2fa35a917afcc8be70df881206a16
/usr/lib/x86_64-linux-gnu/gconv/MIK.so f 0644 0:0 size=18680 nlink=1 sha256=8668c4768b079f4509c036f9327f11dc983941267b23c985002433bc5bbab245
/usr/lib/x86_64-linux-gnu/gconv/NATS-DANO.so f 0644 0:0 size=18680 nlink=1 sha256=c8d58edfdabb95f7a95fcce48b951ca607464f0ea0bacf663b177ee1b8c89e1b
/usr/lib/x86_64-linux-gnu/gconv/NATS-SEFI.so f 0644 0:0 size=18680 nlink=1 sha256=b795f3fa38daf9e4a1782a901eb69745b31facc69f23fbff0386851d065b00d4
/usr/lib/x86_64-linux-gnu/gconv/PT154.so f 0644 0:0 size=18680 nlink=1 sha256=af1808aafb01abc3a7f3efcc4b4338f54bb42cf6bda3d60873d7d6e021f54005
/usr/lib/x86_64-linux-gnu/gconv/RK1048.so f 0644 0:0 size=18680 nlink=1 sha256=67c3dfcf73ab8340b77172cbb8cc44d116607f5e4c5d12cc4f6a8b0ed2162f91
/usr/lib/x86_64-linux-gnu/gconv/SAMI-WS2.so f 0644 0:0 size=18680 nlink=1 sha256=170e6f2db1065de2a15d13df505c36211c2fd7609b3836f84b79042a86d1a252
/usr/lib/x86_64-linux-gnu/gconv/SHIFT_JISX0213.so f 0644 0:0 size=22776 nlink=1 sha256=744e5c3fc7d5efbb95bb2b983089d40961ddc7544ce52e1f7585b01bf6739b4b
/usr/lib/x86_64-linux-gnu/gconv/SJIS.so f 0644 0:0 size=100600 nlink=1 sha256=63ab544b84972a16f04025dbccbeb2534845db3bf1dca275fb4a454c53f5b6dc
/usr/lib/x86_64-linux-gnu/gconv/T.61.so f 0644 0:0 size=26872 nlink=1 sha256=e69b2c9f9facda2d6bde6e47364844d31f2f2b8b5226f8615ac5dd19f7f90761
/usr/lib/x86_64-linux-gnu/gconv/TCVN5712-1.so f 0644 0:0 size=18688 nlink=1 sha256=640da0f856ab0717ca978e60c2d283b4932ee376b111e9a1d9a33350344b6352
/usr/lib/x86_64-linux-gnu/gconv/TIS-620.so f 0644 0:0 size=18680 nlink=1 sha256=6999679d53d9115ff433fac683db2d74bde5fff7c02ad4f116ee41c17912f7e1
/usr/lib/x86_64-linux-gnu/gconv/TSCII.so f 0644 0:0 size=22776 nlink=1 sha256=b1992002f004f553dd42a4dac90e74a1d5644824c09ed1a63c021e456a880854
/usr/lib/x86_64-linux-gnu/gconv/UHC.so f 0644 0:0 size=76024 nlink=1 sha256=7ab743825a8282d09993d1cce6df0f71927ee7955cee3fbf1fd3be0741bb499f
/usr/lib/x86_64-linux-gnu/gconv/UNICODE.so f 0644 0:0 size=18696 nlink=1 sha256=fd1f44596d7be2b03203971ff8eabf97b4a079310de27533225030d53b1ce0af
/usr/lib/x86_64-linux-gnu/gconv/UTF-16.so f 0644 0:0 size=18696 nlink=1 sha256=e46ec0cdc04f8b35033ada8e97940efc4527c4630a0039f087a8c31e461d0b67
/usr/lib/x86_64-linux-gnu/gconv/UTF-32.so f 0644 0:0 size=18696 nlink=1 sha256=1e0673555dece43a886bbf035d8ab54f4ad3990a6300d451202da2e5563c9aa8
/usr/lib/x86_64-linux-gnu/gconv/UTF-7.so f 0644 0:0 size=26904 nlink=1 sha256=ddc6b0778ba98b96b68d0c3963a174548290326f50bf9c51fa1de4bc052c3374
/usr/lib/x86_64-linux-gnu/gconv/VISCII.so f 0644 0:0 size=18680 nlink=1 sha256=67c8ccccf340943595b1804066f576780ec870d3686389b65778101a437e2836
/usr/lib/x86_64-linux-gnu/gconv/gconv-modules f 0644 0:0 size=3916 nlink=1 sha256=57793b77fddf602134707ff717c99beb44941904f103175971dd653aa57fac85
/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache f 0644 0:0 size=27028 nlink=1 sha256=52c227df9d53248238602c1ddaccd2c8ddc4cc6a61aa45d7c425af590b8806a5
/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.d d 0755 0:0
/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.d/gconv-modules-extra.conf f 0644 0:0 size=53974 nlink=1 sha256=f2e27de033d617a30619daa611be070c2a3c6d853e6498781cb88b55fcf04ed7
/usr/lib/x86_64-linux-gnu/gconv/libCNS.so f 0644 0:0 size=473144 nlink=1 sha256=03932b4d8a179ab5ff0558add063cc08e993b11d2910c07a89d52aec5a0e2ddd
/usr/lib/x86_64-linux-gnu/gconv/libGB.so f 0644 0:0 size=71736 nlink=1 sha256=83a15ecb26e9dcfea9847f4a65ba31de0341448dae98266ef0d685dc0d2d13a8
/usr/lib/x86_64-linux-gnu/gconv/libISOIR165.so f 0644 0:0 size=63544 nlink=1 sha256=d60c16baa742af45d2041b4abb0e2077afb3cbe2cbb1071f18164d4af67bbc7a
/usr/lib/x86_64-linux-gnu/gconv/libJIS.so f 0644 0:0 size=104504 nlink=1 sha256=c4e1c0179fb76a5576760bdbd9f2069764f0c105f341915b562482afc144982a
/usr/lib/x86_64-linux-gnu/gconv/libJISX0213.so f 0644 0:0 size=129080 nlink=1 sha256=82d96f6a654dd785b4bd42083aa6f4ff38580d9551198f10c0394147c1fd9973
/usr/lib/x86_64-linux-gnu/gconv/libKSC.so f 0644 0:0 size=51256 nlink=1 sha256=6ecf9bc3f6710f6857010877be191f6a1dc909b4d1a3d2051772b947bde29d38
/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 f 0755 0:0 size=215000 nlink=1 sha256=02bcda52c1a5dfc236f94d9e5255b4a0e26347d8a372a5223b650e31f291ce3c
/usr/lib/x86_64-linux-gnu/libBrokenLocale.so.1 f 0644 0:0 size=14640 nlink=1 sha256=396d2c69186ca1500f3d48e4b85e3e59dfba230f41cfa95fb5969af93b2fe51f
/usr/lib/x86_64-linux-gnu/libacl.so.1 l 0777 0:0 -> libacl.so.1.1.2301
/usr/lib/x86_64-linux-gnu/libacl.so.1.1.2301 f 0644 0:0 size=38832 nlink=1 sha256=4b46c012b15c9753a3b86b05088782edc51a6627017144da85e0b95428d15869
/usr/lib/x86_64-linux-gnu/libanl.so.1 f 0644 0:0 size=14480 nlink=1 sha256=d9d868e705f427bbb31bdab9e7b8b65bb76642f52a445aecf2708be8f849e1a4
/usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0 l 0777 0:0 -> libapt-pkg.so.6.0.0
/usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0 f 0644 0:0 size=2067760 nlink=1 sha256=12d1d6a5980e70084f464de916512da8f295a78dfd8bfb09b65ce178a48edf11
/usr/lib/x86_64-linux-gnu/libapt-private.so.0.0 l 0777 0:0 -> libapt-private.so.0.0.0
/usr/lib/x86_64-linux-gnu/libapt-private.so.0.0.0 f 0644 0:0 size=497904 nlink=1 sha256=ef18dee859d453fc7154dd02a80a25066589e5c20080db0a3bff366f4f3243d5
/usr/lib/x86_64-linux-gnu/libattr.so.1 l 0777 0:0 -> libattr.so.1.1.2501
/usr/lib/x86_64-linux-gnu/libattr.so.1.1.2501 f 0644 0:0 size=26544 nlink=1 sha256=39509e729d615086edae4e4ad224b90b1a4f5a9f5a1d1c5a1cb233ffa64c1968
/usr/lib/x86_64-linux-gnu/libaudit.so.1 l 0777 0:0 -> libaudit.so.1.0.0
/usr/lib/x86_64-linux-gnu/libaudit.so.1.0.0 f 0644 0:0 size=128952 nlink=1 sha256=b7f736521202c63a21cfa13b708588d1fa9811a04aa9651802a7c1bad20c59ed
/usr/lib/x86_64-linux-gnu/libblkid.so.1 l 0777 0:0 -> libblkid.so.1.1.0
/usr/lib/x86_64-linux-gnu/libblkid.so.1.1.0 f 0644 0:0 size=355328 nlink=1 sha256=cc3d6ca965cab25eacb8d7d98f0b13be7c94a19583983fb864ba10163e5536b0
/usr/lib/x86_64-linux-gnu/libbz2.so.1 l 0777 0:0 -> libbz2.so.1.0.4
/usr/lib/x86_64-linux-gnu/libbz2.so.1.0 l 0777 0:0 -> libbz2.so.1.0.4
/usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4 f 0644 0:0 size=74688 nlink=1 sha256=e4f501c8bd22390e42422691093d8af4e744a3e854809b809948055e8b08bda5
/usr/lib/x86_64-linux-gnu/libc.so.6 f 0755 0:0 size=1926232 nlink=1 sha256=6b4a45352fd0c540a9c7c718f35ce8c8e46a4e482f9d3885a910c32d1a0e1421
/usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 f 0644 0:0 size=50200 nlink=1 sha256=49c5f946d6101ac51079fe234f0bf6f406a89ffd295309158ded4fa1f685b0c2
/usr/lib/x86_64-linux-gnu/libcap-ng.so.0 l 0777 0:0 -> libcap-ng.so.0.0.0
/usr/lib/x86_64-linux-gnu/libcap-ng.so.0.0.0 f 0644 0:0 size=30704 nlink=1 sha256=4949e728b2cd55408af7cdbf4702e53d3cab89a27b72f5514d1d05feb8d23882
/usr/lib/x86_64-linux-gnu/libcap.so.2 l 0777 0:0 -> libcap.so.2.66
/usr/lib/x86_64-linux-gnu/libcap.so.2.66 f 0644 0:0 size=47128 nlink=1 sha256=206b61879ef80e797677e3b4c21f7b76ef9e963c4c4fd4e1311eb44fdde13165
/usr/lib/x86_64-linux-gnu/libcom_err.so.2 l 0777 0:0 -> libcom_err.so.2.1
/usr/lib/x86_64-linux-gnu/libcom_err.so.2.1 f 0644 0:0 size=18344 nlink=1 sha256=857baae57e13a2e8aab83e0c29f660e28a9e1c209bf0ac277edccdedb29fab38
/usr/lib/x86_64-linux-gnu/libcrypt.so.1 l 0777 0:0 -> libcrypt.so.1.1.0
/usr/lib/x86_64-linux-gnu/libcrypt.so.1.1.0 f 0644 0:0 size=206776 nlink=1 sha256=5db18e8a8894ef4746eb8230855b638a5e52e782b2f10deede5f1dad846178bb
/usr/lib/x86_64-linux-gnu/libdb-5.3.so f 0644 0:0 size=1843792 nlink=1 sha256=3601dc1fc553a861cee3f969d9a384e0b157dcddc75e59c4efcd08ee836c601f
/usr/lib/x86_64-linux-gnu/libdebconfclient.so.0 l 0777 0:0 -> libdebconfclient.so.0.0.0
/usr/lib/x86_64-linux-gnu/libdebconfclient.so.0.0.0 f 0644 0:0 size=14376 nlink=1 sha256=0a55ae111a947fdf8d71bc8e6454d06bf5d36c8f96ae89482233f76bec342d1e
/usr/lib/x86_64-linux-gnu/libdl.so.2 f 0644 0:0 size=14480 nlink=1 sha256=95d521b2c39fd0333271b6fdcdddff878ae82001a304313a837b8e728ebe3cb1
/usr/lib/x86_64-linux-gnu/libdrop_ambient.so.0 l 0777 0:0 -> libdrop_ambient.so.0.0.0
/usr/lib/x86_64-linux-gnu/libdrop_ambient.so.0.0.0 f 0644 0:0 size=14256 nlink=1 sha256=d52b8d3eafb703dbb0cdbe8aef885547cbfd397ae74bf4ec6b986ab93b156288
/usr/lib/x86_64-linux-gnu/libe2p.so.2 l 0777 0:0 -> libe2p.so.2.3
/usr/lib/x86_64-linux-gnu/libe2p.so.2.3 f 0644 0:0 size=45008 nlink=1 sha256=25b38000a5f4b9b7bec9b354697a5c8d7581822228fc894d2142fe4dcfd90a9f
/usr/lib/x86_64-linux-gnu/libext2fs.so.2 l 0777 0:0 -> libext2fs.so.2.4
/usr/lib/x86_64-linux-gnu/libext2fs.so.2.4 f 0644 0:0 size=438608 nlink=1 sha256=dc840deeb5e4348fc46b8390527359309b230b53329cae237d2cc95f77699380
/usr/lib/x86_64-linux-gnu/libffi.so.8 l 0777 0:0 -> libffi.so.8.1.2
/usr/lib/x86_64-linux-gnu/libffi.so.8.1.2 f 0644 0:0 size=43480 nlink=1 sha256=983e72b7e964f3db43fe8a3dc8b338e731fade6ca38df6867aebb58186aaeb68
/usr/lib/x86_64-linux-gnu/libgcc_s.so.1 f 0644 0:0 size=125312 nlink=1 sha256=2bd1552c47799ef67e701e81d4383061fd76059868e446e63560f0dd0d5ec14e
/usr/lib/x86_64-linux-gnu/libgcrypt.so.20 l 0777 0:0 -> libgcrypt.so.20.4.1
/usr/lib/x86_64-linux-gnu/libgcrypt.so.20.4.1 f 0644 0:0 size=1332480 nlink=1 sha256=14d0ad938ee07d31ad774567059ac3bb1139e692c6ad21a1450785e880eeb1e8
/usr/lib/x86_64-linux-gnu/libgmp.so.10 l 0777 0:0 -> libgmp.so.10.4.1
/usr/lib/x86_64-linux-gnu/libgmp.so.10.4.1 f 0644 0:0 size=529216 nlink=1 sha256=7376c9af0afd6e7698a64ee19de3c8a0199418664974384c70435a51c7ff7f3f
/usr/lib/x86_64-linux-gnu/libgnutls.so.30 l 0777 0:0 -> libgnutls.so.30.34.3
/usr/lib/x86_64-linux-gnu/libgnutls.so.30.34.3 f 0644 0:0 size=2209528 nlink=1 sha256=779b25d20249988bea2c1aa6bbeb218f5ae7ea8a9d30ce4f54ea37372965cc4b
/usr/lib/x86_64-linux-gnu/libgpg-error.so.0 l 0777 0:0 -> libgpg-error.so.0.33.1
/usr/lib/x86_64-linux-gnu/libgpg-error.so.0.33.1 f 0644 0:0 size=157768 nlink=1 sha256=f93b4f9a2d482d553f743d1fe6ac6b219f88f20d59b528d46a61610c5d0ac10e
/usr/lib/x86_64-linux-gnu/libhogweed.so.6 l 0777 0:0 -> libhogweed.so.6.6
/usr/lib/x86_64-linux-gnu/libhogweed.so.6.6 f 0644 0:0 size=292856 nlink=1 sha256=480675ed8d58f9266ced954eb746c74a6c4ae3479bf5dccbcbc56ff0c814b9e4
/usr/lib/x86_64-linux-gnu/libidn2.so.0 l 0777 0:0 -> libidn2.so.0.3.8
/usr/lib/x86_64-linux-gnu/libidn2.so.0.3.8 f 0644 0:0 size=198776 nlink=1 sha256=864f32ec2dc74d90c51d389a02b30003465b84e2090bf940039c0cd4b41b8f63
/usr/lib/x86_64-linux-gnu/liblz4.so.1 l 0777 0:0 -> liblz4.so.1.9.4
/usr/lib/x86_64-linux-gnu/liblz4.so.1.9.4 f 0644 0:0 size=149952 nlink=1 sha256=0f0ce52208a22570370eb2e96d250b3c088cb024f15cb7c48565e749eeab7cd5
/usr/lib/x86_64-linux-gnu/liblzma.so.5 l 0777 0:0 -> liblzma.so.5.4.1
/usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1 f 0644 0:0 size=190456 nlink=1 sha256=983464a4e0e840f85b519cb7b6153b60c75d6473f4d4c32a5a37b3f9894c52c3
/usr/lib/x86_64-linux-gnu/libm.so.6 f 0644 0:0 size=911904 nlink=1 sha256=7f2ca87f652f56b094462474b076749e90e689d0ecb9cb63c7679820b271b4e7
/usr/lib/x86_64-linux-gnu/libmd.so.0 l 0777 0:0 -> libmd.so.0.0.5
/usr/lib/x86_64-linux-gnu/libmd.so.0.0.5 f 0644 0:0 size=47312 nlink=1 sha256=9e8462f7650da0b39ecfe1680fa87fe393f0710b324250931ab36fa0135b14cc
/usr/lib/x86_64-linux-gnu/libmemusage.so f 0644 0:0 size=18880 nlink=1 sha256=3b244ea54ca889a8df507119e6837f93268d04f51348673eaaa8b68342e082d0
/usr/lib/x86_64-linux-gnu/libmount.so.1 l 0777 0:0 -> libmount.so.1.1.0
/usr/lib/x86_64-linux-gnu/libmount.so.1.1.0 f 0644 0:0 size=404096 nlink=1 sha256=70c1da7f7a3d802c498f4938449bfc7a51877c46b16572d1a396901c032758bc
/usr/lib/x86_64-linux-gnu/libmvec.so.1 f 0644 0:0 size=1019408 nlink=1 sha256=1d3a6cfc6a5699b323adf25b53b62e128447661ae8ea1d46de88d0743a9599c5
/usr/lib/x86_64-linux-gnu/libnettle.so.8 l 0777 0:0 -> libnettle.so.8.6
/usr/lib/x86_64-linux-gnu/libnettle.so.8.6 f 0644 0:0 size=317544 nlink=1 sha256=63f8ec7a41906ad65a800d27294cdbb34bf6c709252a575ed513a3c048d71019
/usr/lib/x86_64-linux-gnu/libnsl.so.1 f 0644 0:0 size=93248 nlink=1 sha256=60d61ad427637c39f7ad032b08eb97039eef67728f05cad4bc9a458904dbe68c
/usr/lib/x86_64-linux-gnu/libnss_compat.so.2 f 0644 0:0 size=39896 nlink=1 sha256=e6a08716672405ae77a94df3128a1a570ac7d7a8381d3e769740d093a94c479e
/usr/lib/x86_64-linux-gnu/libnss_dns.so.2 f 0644 0:0 size=14400 nlink=1 sha256=6a6a0a97f4a88153581ce0dbf4f1e74e317156508bc50699cd2168a3189773d4
/usr/lib/x86_64-linux-gnu/libnss_files.so.2 f 0644 0:0 size=14400 nlink=1 sha256=2981d2bd2e3082d0acc96e6150594cacac55da17b638282d5e8b0ed45b81d213
/usr/lib/x86_64-linux-gnu/libnss_hesiod.so.2 f 0644 0:0 size=27136 nlink=1 sha256=f1eba71fd6cf80de888491b0c2893803799d62f373dd345e51be12711568aab3
/usr/lib/x86_64-linux-gnu/libp11-kit.so.0 l 0777 0:0 -> libp11-kit.so.0.3.0
/usr/lib/x86_64-linux-gnu/libp11-kit.so.0.3.0 f 0644 0:0 size=1261376 nlink=1 sha256=a0a560ae54a793a11ab78d6ce12b902537932b2d7aab2352250391a035977ef1
/usr/lib/x86_64-linux-gnu/libpam.so.0 l 0777 0:0 -> libpam.so.0.85.1
/usr/lib/x86_64-linux-gnu/libpam.so.0.85.1 f 0644 0:0 size=67584 nlink=1 sha256=0e43004398e03eb745d07c029ca0dc0361524622c4b384ba34865b0183331e4a
/usr/lib/x86_64-linux-gnu/libpam_misc.so.0 l 0777 0:0 -> libpam_misc.so.0.82.1
/usr/lib/x86_64-linux-gnu/libpam_misc.so.0.82.1 f 0644 0:0 size=14432 nlink=1 sha256=51844fb965f1b016e65ae7b17a08dc770cb9755fbb3cbc8c5015fd8be8cc274b
/usr/lib/x86_64-linux-gnu/libpamc.so.0 l 0777 0:0 -> libpamc.so.0.82.1
/usr/lib/x86_64-linux-gnu/libpamc.so.0.82.1 f 0644 0:0 size=18504 nlink=1 sha256=72c3b7dce969ede2c8f492a3e37906933fdf5c42785ac26986795a4e8b411df1
/usr/lib/x86_64-linux-gnu/libpcprofile.so f 0644 0:0 size=14592 nlink=1 sha256=e7c74b7df8d877d010747de206a504c9957b5889c1cbe1367bfa885c0eca5b34
/usr/lib/x86_64-linux-gnu/libpcre2-8.so.0 l 0777 0:0 -> libpcre2-8.so.0.11.2
/usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2 f 0644 0:0 size=629384 nlink=1 sha256=19c626251526131ac9340826c8f7bcb693c6ceb9d5da55919c3aa45d972b704f
/usr/lib/x86_64-linux-gnu/libpsx.so.2 l 0777 0:0 -> libpsx.so.2.66
/usr/lib/x86_64-linux-gnu/libpsx.so.2.66 f 0644 0:0 size=22592 nlink=1 sha256=3c883a93ec4fd58c21cfb9cba468852529fefcf19b63dfadca74ec535ff62424
/usr/lib/x86_64-linux-gnu/libpthread.so.0 f 0644 0:0 size=14480 nlink=1 sha256=b93a680da8a05b939b235c1533572e7a2f6d3d8808bf70209997edc64ea5fedc
/usr/lib/x86_64-linux-gnu/libresolv.so.2 f 0644 0:0 size=60328 nlink=1 sha256=ac3924c6cdb26cdfff10fec2ab2748705c83931b39c7f6e638a2b31ae34d420b
/usr/lib/x86_64-linux-gnu/librt.so.1 f 0644 0:0 size=14640 nlink=1 sha256=41c72def458b8cfb6aab96a7dbada7454dd216d89aac65fb085eb52bead51def
/usr/lib/x86_64-linux-gnu/libseccomp.so.2 l 0777 0:0 -> libseccomp.so.2.5.4
/usr/lib/x86_64-linux-gnu/libseccomp.so.2.5.4 f 0644 0:0 size=129312 nlink=1 sha256=df79d556924ecb71a946482802a0a0d584c30a7a25e564eccf19b7b72996bbbe
/usr/lib/x86_64-linux-gnu/libselinux.so.1 f 0644 0:0 size=174312 nlink=1 sha256=0207e4908ea384e186c75925b0e56996a3eccecd48c99252aeb757d0d3451c93
/usr/lib/x86_64-linux-gnu/libsemanage.so.2 f 0644 0:0 size=270424 nlink=1 sha256=ac3c76b0cb514de3df3ac847886feec2806da99db31ae99863b9020639bf1217
/usr/lib/x86_64-linux-gnu/libsepol.so.2 f 0644 0:0 size=764192 nlink=1 sha256=e458e8f707ab5d0f9304e3a512f03cdb91d52e1aa342b4435ee1fae5c7a0aec1
/usr/lib/x86_64-linux-gnu/libsmartcols.so.1 l 0777 0:0 -> libsmartcols.so.1.1.0
/usr/lib/x86_64-linux-gnu/libsmartcols.so.1.1.0 f 0644 0:0 size=239744 nlink=1 sha256=d4f96dcb01992214134b549050339df5383ec530eeb010460ae4eed9cc5fbee2
/usr/lib/x86_64-linux-gnu/libss.so.2 l 0777 0:0 -> libss.so.2.0
/usr/lib/x86_64-linux-gnu/libss.so.2.0 f 0644 0:0 size=34736 nlink=1 sha256=2a82a4651ee7a88c797b73233d133734dea9bb6ced8dab4790ce8061834c76a7
/usr/lib/x86_64-linux-gnu/libstdc++.so.6 l 0777 0:0 -> libstdc++.so.6.0.30
/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30 f 0644 0:0 size=2190440 nlink=1 sha256=e7848e32af4932840ba775169041759a2a8dd5a008af360e5c55bce506eebcf4
/usr/lib/x86_64-linux-gnu/libsystemd.so.0 l 0777 0:0 -> libsystemd.so.0.35.0
/usr/lib/x86_64-linux-gnu/libsystemd.so.0.35.0 f 0644 0:0 size=844736 nlink=1 sha256=3880319ae776b622ad3c89201984065905d10271f78ef3a4db2ee0604a61256b
/usr/lib/x86_64-linux-gnu/libtasn1.so.6 l 0777 0:0 -> libtasn1.so.6.6.3
/usr/lib/x86_64-linux-gnu/libtasn1.so.6.6.3 f 0644 0:0 size=83968 nlink=1 sha256=139e933ac55f26bb80520fc63893ff2a528055fdf8058d8341bbd9d7bd762a5e
/usr/lib/x86_64-linux-gnu/libthread_db.so.1 f 0644 0:0 size=35752 nlink=1 sha256=da02d175416aecb8170057c381f62f5852abd71bc5bddce2e1e523e3f15bb08a
/usr/lib/x86_64-linux-gnu/libtic.so.6 l 0777 0:0 -> libtic.so.6.4
/usr/lib/x86_64-linux-gnu/libtic.so.6.4 f 0644 0:0 size=71840 nlink=1 sha256=cd6083dcead7e94d1a5168b6847897e8ccc28b90ce61a8de70ff51d3ec9f88ca
/usr/lib/x86_64-linux-gnu/libtinfo.so.6 l 0777 0:0 -> libtinfo.so.6.4
/usr/lib/x86_64-linux-gnu/libtinfo.so.6.4 f 0644 0:0 size=204088 nlink=1 sha256=5c19747909b3815b996ac20b94bccb1faf1c6ff1ad240b05792ee4feab733a88
/usr/lib/x86_64-linux-gnu/libudev.so.1 l 0777 0:0 -> libudev.so.1.7.5
/usr/lib/x86_64-linux-gnu/libudev.so.1.7.5 f 0644 0:0 size=182544 nlink=1 sha256=99a5e38f8b45ec2729e5bc24d2d8e2f04d260a2455431a1f9d61f500b31060dd
/usr/lib/x86_64-linux-gnu/libunistring.so.2 l 0777 0:0 -> libunistring.so.2.2.0
/usr/lib/x86_64-linux-gnu/libunistring.so.2.2.0 f 0644 0:0 size=1792040 nlink=1 sha256=bc5951aa3d6eaba20ff9688efa3420dc95785aae3709ec48ff6df46d6f409ee5
/usr/lib/x86_64-linux-gnu/libutil.so.1 f 0644 0:0 size=14480 nlink=1 sha256=bc5d8f67c3b3c6eea14e9d9f389cd4bc6034e4db9314849d7d5a5d756df0a9ca
/usr/lib/x86_64-linux-gnu/libuuid.so.1 l 0777 0:0 -> libuuid.so.1.3.0
/usr/lib/x86_64-linux-gnu/libuuid.so.1.3.0 f 0644 0:0 size=34872 nlink=1 sha256=94176513740e4b8d24a68e6c37a43986b488f2910c9eaa34f69bd7ba8c49307d
/usr/lib/x86_64-linux-gnu/libxxhash.so.0 l 0777 0:0 -> libxxhash.so.0.8.1
/usr/lib/x86_64-linux-gnu/libxxhash.so.0.8.1 f 0644 0:0 size=80008 nlink=1 sha256=ff91ff0dc073ccdd9a123e48b0cc27a1050462403697a4ff2bd78599b7fd77bd
/usr/lib/x86_64-linux-gnu/libz.so.1 l 0777 0:0 -> libz.so.1.2.13
/usr/lib/x86_64-linux-gnu/libz.so.1.2.13 f 0644 0:0 size=121280 nlink=1 sha256=7e2a72b4c4b38c61e6962de6e3f4a5e9ae692e732c68deead10a7ce2135a7f68
/usr/lib/x86_64-linux-gnu/libzstd.so.1 l 0777 0:0 -> libzstd.so.1.5.4
/usr/lib/x86_64-linux-gnu/libzstd.so.1.5.4 f 0644 0:0 size=763816 nlink=1 sha256=37412b7ac11063c25a375bdff6f4fdb340362f926cd9c3a55962e8a9c9bc702e
/usr/lib/x86_64-linux-gnu/perl-base d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/AutoLoader.pm f 0644 0:0 size=5487 nlink=1 sha256=750ee369fbf3c34f72a823ca261d33a89bba98ad1d4a967f4f89e19b122eaabf
/usr/lib/x86_64-linux-gnu/perl-base/Carp d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/Carp.pm f 0644 0:0 size=25398 nlink=1 sha256=c6ef5860c36e82efcf2eeec6fa66dab54b39d46f6149def35b7dc03747773cf7
/usr/lib/x86_64-linux-gnu/perl-base/Carp/Heavy.pm f 0644 0:0 size=773 nlink=1 sha256=18d60cdd00207b238ef28d11f55a6cc45119cfe0eaed19b85b17ac0e1f167f25
/usr/lib/x86_64-linux-gnu/perl-base/Config.pm f 0644 0:0 size=3216 nlink=1 sha256=366bdeb192721fd69f150688c3abf372680b24deb173923f0d25ed6d13aad89e
/usr/lib/x86_64-linux-gnu/perl-base/Config_git.pl f 0644 0:0 size=409 nlink=1 sha256=09c5e2ee35ee18d9043d95273f1cd37bc82e80567fd1372a1eb134c809c39504
/usr/lib/x86_64-linux-gnu/perl-base/Config_heavy.pl f 0644 0:0 size=55786 nlink=1 sha256=1c4a678536480cef046b6c9feac356dd22e86dc88094b44433ae1cf1fd019681
/usr/lib/x86_64-linux-gnu/perl-base/Cwd.pm f 0644 0:0 size=17018 nlink=1 sha256=bbe4069304d3596d24838ea03db375d4107f1eb65425d3efec06d699201835d1
/usr/lib/x86_64-linux-gnu/perl-base/DynaLoader.pm f 0644 0:0 size=11266 nlink=1 sha256=141cf3a83e2897893288f5dd69f1b292d3ce6afcc1882074c79d71979bef6983
/usr/lib/x86_64-linux-gnu/perl-base/Errno.pm f 0644 0:0 size=4913 nlink=1 sha256=5abe102f802d0a400b5a93d089e7e7b06c5e40b67c8dbdb9885609482f4e7b0c
/usr/lib/x86_64-linux-gnu/perl-base/Exporter d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/Exporter.pm f 0644 0:0 size=2336 nlink=1 sha256=98e5e6fdc6e14139741dc91db55803b4edd60360fd5e65ce0682c2ee81ad0860
/usr/lib/x86_64-linux-gnu/perl-base/Exporter/Heavy.pm f 0644 0:0 size=6385 nlink=1 sha256=ee888b1e508a74d79d35d123b5aa352171ede62e05eac8b137a93ef93aa07c26
/usr/lib/x86_64-linux-gnu/perl-base/Fcntl.pm f 0644 0:0 size=2100 nlink=1 sha256=3f1771fbbfae12cd25acb38f91451791df6625a3eb9d20fc45bf34ae2a2fb7b3
/usr/lib/x86_64-linux-gnu/perl-base/File d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/File/Basename.pm f 0644 0:0 size=5429 nlink=1 sha256=9aeea43fda475ea4e2b75633b2e25528f45b2510c7df4809449fbf938de58bd8
/usr/lib/x86_64-linux-gnu/perl-base/File/Glob.pm f 0644 0:0 size=1540 nlink=1 sha256=6655a0ce9e781f127edf969333aed5dd858a6007fd3db5591b8d28b5b6457017
/usr/lib/x86_64-linux-gnu/perl-base/File/Path.pm f 0644 0:0 size=20724 nlink=1 sha256=5ed8eb2a8f5f1c3d40caec1f3104174880f8c653f87daa9927facaaa8e0cc9e5
/usr/lib/x86_64-linux-gnu/perl-base/File/Spec d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/File/Spec.pm f 0644 0:0 size=556 nlink=1 sha256=74a9072da4d42b8c3fd4955a71e89f085d8ba14c41507e8f5bbebee7a7fbf2c5
/usr/lib/x86_64-linux-gnu/perl-base/File/Spec/Unix.pm f 0644 0:0 size=9299 nlink=1 sha256=8f8c36f5b5ea808f6392b53fa451204c38ed16dec6433bd7aec776405c21dbf9
/usr/lib/x86_64-linux-gnu/perl-base/File/Temp.pm f 0644 0:0 size=85190 nlink=1 sha256=1603c39f407ac8e20943852f7f9be6d30195d209a048477e62fcaecfd08688be
/usr/lib/x86_64-linux-gnu/perl-base/FileHandle.pm f 0644 0:0 size=2111 nlink=1 sha256=91ec6e83b34fb8501aba443335f86843d93dc5385604baaa002588c99c75b9ee
/usr/lib/x86_64-linux-gnu/perl-base/Getopt d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/Getopt/Long.pm f 0644 0:0 size=43499 nlink=1 sha256=0987cacc3fc9a9557c913f60239043f298ccbb639c226d6177f040fef34fe95c
/usr/lib/x86_64-linux-gnu/perl-base/Hash d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/Hash/Util.pm f 0644 0:0 size=8255 nlink=1 sha256=9f2a0721e617d9002dfce95bac38310bf9c895eaa0378f0e3dd859be0de03f66
/usr/lib/x86_64-linux-gnu/perl-base/IO d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/IO.pm f 0644 0:0 size=469 nlink=1 sha256=c4b67c89af17aede223b6c8a0d8f90b5387695276d292be8c2c5c00e0e4a4de9
/usr/lib/x86_64-linux-gnu/perl-base/IO/File.pm f 0644 0:0 size=1636 nlink=1 sha256=76ba6813e6ef96673578a20e549fc6517332183a1724b207c7bb913a613453df
/usr/lib/x86_64-linux-gnu/perl-base/IO/Handle.pm f 0644 0:0 size=7700 nlink=1 sha256=2edbd1352e5d45a7367e2b9a1f8629a4d2afc641bccae5050cae3d5c8018f7af
/usr/lib/x86_64-linux-gnu/perl-base/IO/Pipe.pm f 0644 0:0 size=3414 nlink=1 sha256=fae5cb4ba8acd5bc759c99286d6082420f3649a740b2588b5a44d3bf32159b1d
/usr/lib/x86_64-linux-gnu/perl-base/IO/Seekable.pm f 0644 0:0 size=642 nlink=1 sha256=5f3668e163030a8bd176f5c5450cd7fbfee8c909b8d6d7b7c39694579c34b49d
/usr/lib/x86_64-linux-gnu/perl-base/IO/Select.pm f 0644 0:0 size=4737 nlink=1 sha256=4b521d8a65e6602ed58d72d34ba56eb2aa7fb8b083dea3b06c162aed8a4d0d71
/usr/lib/x86_64-linux-gnu/perl-base/IO/Socket d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/IO/Socket.pm f 0644 0:0 size=9938 nlink=1 sha256=15c63c9b680b5e430f2152d188d4c429f142af742b24c4192178c0b313b2062d
/usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/INET.pm f 0644 0:0 size=7527 nlink=1 sha256=25d068b7fa896741b231e064ecbe3cd993f6107a723108f876ff267c07b3f2be
/usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/IP.pm f 0644 0:0 size=22043 nlink=1 sha256=32bc321600afb92e331285b12aef6b5c0ded11f37b7a04c9c5d0fce4895cfa13
/usr/lib/x86_64-linux-gnu/perl-base/IO/Socket/UNIX.pm f 0644 0:0 size=1440 nlink=1 sha256=8f4b6eab7eab67f6d00dbda52dbc00788779d52e2fd05ede560f974819dfe737
/usr/lib/x86_64-linux-gnu/perl-base/IPC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/IPC/Open2.pm f 0644 0:0 size=776 nlink=1 sha256=8a8bd307c818cb74e4ad35876a957d56ed0e37053936fac349edd70d7bb63547
/usr/lib/x86_64-linux-gnu/perl-base/IPC/Open3.pm f 0644 0:0 size=9013 nlink=1 sha256=253a07c5018bd032e92c8188a2f1679dc7e91a608dffaae8ff222d1a37083d86
/usr/lib/x86_64-linux-gnu/perl-base/List d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/List/Util.pm f 0644 0:0 size=1272 nlink=1 sha256=a3c1db0757e795e87cbad99f15e932763671bb041f9a65e9b5063d764c91bb1f
/usr/lib/x86_64-linux-gnu/perl-base/POSIX.pm f 0644 0:0 size=20383 nlink=1 sha256=830131da6187e80574db3f2513f74730e503cc5e44194f59dc158288906ed5e8
/usr/lib/x86_64-linux-gnu/perl-base/Scalar d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/Scalar/Util.pm f 0644 0:0 size=1096 nlink=1 sha256=a11bf11a40eda52ad200d2784333a720c5d4864e2552425f8e017ae8525f2204
/usr/lib/x86_64-linux-gnu/perl-base/SelectSaver.pm f 0644 0:0 size=344 nlink=1 sha256=f6f2b9bf40423e54466311866dc9f67a1318396d2d162cf84722e28d715a0ca9
/usr/lib/x86_64-linux-gnu/perl-base/Socket.pm f 0644 0:0 size=13828 nlink=1 sha256=39ac19481f0873c5bb198d2f6b53c802c73a04844aff0b86b8aef5add9945f20
/usr/lib/x86_64-linux-gnu/perl-base/Symbol.pm f 0644 0:0 size=2205 nlink=1 sha256=4bd270e8d78b12b63366e5d66b1ff3b0800aba9fbccd89a57d90597dc52e6a10
/usr/lib/x86_64-linux-gnu/perl-base/Text d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/Text/ParseWords.pm f 0644 0:0 size=4494 nlink=1 sha256=0553dbed5aa153a91190b2e4a38b004f2c063451696a28841a414792b3807a09
/usr/lib/x86_64-linux-gnu/perl-base/Text/Tabs.pm f 0644 0:0 size=1199 nlink=1 sha256=aed88ea52e2b90e771f7d4f92ab27109661f4fd1e29efa80bbc62f2804f1e44f
/usr/lib/x86_64-linux-gnu/perl-base/Text/Wrap.pm f 0644 0:0 size=2691 nlink=1 sha256=7a607e7741691146b8d3a93ee6fac737e998d54c9de2caa8f3c29a575ecde9a6
/usr/lib/x86_64-linux-gnu/perl-base/Tie d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/Tie/Hash.pm f 0644 0:0 size=2044 nlink=1 sha256=a131e43412178c8558a71c2ddbb230d685c2a750056c52eee0a8f4e20fa96781
/usr/lib/x86_64-linux-gnu/perl-base/XSLoader.pm f 0644 0:0 size=4115 nlink=1 sha256=49c4664510158655c9b603e3005c44f84d35d4f88cc8f04829e9a0f5803ad4e4
/usr/lib/x86_64-linux-gnu/perl-base/attributes.pm f 0644 0:0 size=3069 nlink=1 sha256=f0aa31306561a2b3d35aceeba2f2cc0dbfec80275d9c18c792cba0999e6668ef
/usr/lib/x86_64-linux-gnu/perl-base/auto d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/Cwd d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/Cwd/Cwd.so f 0644 0:0 size=18800 nlink=1 sha256=566097d282bc9061a202332553f3c2579d77c3e5ead2aeb615687aa7c5fda3b3
/usr/lib/x86_64-linux-gnu/perl-base/auto/Fcntl d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/Fcntl/Fcntl.so f 0644 0:0 size=22736 nlink=1 sha256=dbd33930970d8050c0ed5c9a208e2b77fb8b85d82b9afbdf80dbc82887b818c4
/usr/lib/x86_64-linux-gnu/perl-base/auto/File d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/File/Glob d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/File/Glob/Glob.so f 0644 0:0 size=31416 nlink=1 sha256=28ce9adbeea9acdb6b58838e4d27f0f07d976ff725fe36a36adb6055e36c1a04
/usr/lib/x86_64-linux-gnu/perl-base/auto/Hash d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/Hash/Util d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/Hash/Util/Util.so f 0644 0:0 size=18784 nlink=1 sha256=feae65cfb8bbcf146809dec5a5e629c6779b675e03282198c9a96e2d43190a43
/usr/lib/x86_64-linux-gnu/perl-base/auto/IO d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/IO/IO.so f 0644 0:0 size=22976 nlink=1 sha256=48d09244380dcf280a6daf1733e79f45a4e1acf7de847bb64b00e8f47de3a73d
/usr/lib/x86_64-linux-gnu/perl-base/auto/List d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/List/Util d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/List/Util/Util.so f 0644 0:0 size=60208 nlink=1 sha256=df4acec76462de7f511563f3348a188e232dafb5b93e0747fde760c450a07373
/usr/lib/x86_64-linux-gnu/perl-base/auto/POSIX d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/POSIX/POSIX.so f 0644 0:0 size=110256 nlink=1 sha256=ffe31c6e731e6a2e0265081d36314db98e97a70ce6d1725ab46c013e2aa0a062
/usr/lib/x86_64-linux-gnu/perl-base/auto/Socket d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/Socket/Socket.so f 0644 0:0 size=47640 nlink=1 sha256=d9db357c0d0e3f085184e876a848ceea57d5251f44c0a85638946b8a2c1d1a35
/usr/lib/x86_64-linux-gnu/perl-base/auto/attributes d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/attributes/attributes.so f 0644 0:0 size=14600 nlink=1 sha256=bd1f263dbb855f7e667e92056aa42fa58e89a387dddb6210bdb6e46cb467acfd
/usr/lib/x86_64-linux-gnu/perl-base/auto/re d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/auto/re/re.so f 0644 0:0 size=659312 nlink=1 sha256=a77fe1adcfd6e47ea3aa5fac60b113fc6cc48c84fd85caed310c55c1aba5c3d4
/usr/lib/x86_64-linux-gnu/perl-base/base.pm f 0644 0:0 size=8912 nlink=1 sha256=081a2a231e2765996d306b46b4148d7e5bd80e6c7b0294081c6cd8a15a537ce0
/usr/lib/x86_64-linux-gnu/perl-base/builtin.pm f 0644 0:0 size=210 nlink=1 sha256=3b4e56f2f831cf2f6cd0d73060934c432e7fd734dad3edf6cb69358866eeea21
/usr/lib/x86_64-linux-gnu/perl-base/bytes.pm f 0644 0:0 size=489 nlink=1 sha256=6596846e8e83a530ffa409267a7ea948dda9c4eeee39e9aacb6b80f2a739c286
/usr/lib/x86_64-linux-gnu/perl-base/bytes_heavy.pl f 0644 0:0 size=758 nlink=1 sha256=c7def62cbf7d031c4fe319e414117043f2a273885bff93bd18e11935d00a6677
/usr/lib/x86_64-linux-gnu/perl-base/constant.pm f 0644 0:0 size=5737 nlink=1 sha256=5decbf923c0f5f065147a7a1a89fd351a26d5d5efd8799ba4ee992a1d00cd837
/usr/lib/x86_64-linux-gnu/perl-base/feature.pm f 0644 0:0 size=7560 nlink=1 sha256=e127dd7784813df284e6951ac7b95af95d38a291f5e70e7bd9303e33a3db4b5b
/usr/lib/x86_64-linux-gnu/perl-base/fields.pm f 0644 0:0 size=5008 nlink=1 sha256=ce0f1efbe6ef77f3becd4e898bb3df04ce6dce6c1e93da9eff9adf53767e2b80
/usr/lib/x86_64-linux-gnu/perl-base/integer.pm f 0644 0:0 size=172 nlink=1 sha256=1c387bfbc4bcb4046e7372c534372c7150315499bc5641328d5c3c1c1ad50373
/usr/lib/x86_64-linux-gnu/perl-base/lib.pm f 0644 0:0 size=2284 nlink=1 sha256=b28d06f3b158c0c0314b75c077a1ead056286f25b09504e0cf69b597da73e730
/usr/lib/x86_64-linux-gnu/perl-base/locale.pm f 0644 0:0 size=3451 nlink=1 sha256=4cffa8a5b6d6a0df11c865529aabc3d0b0172ad55d0f18d2a4d2404cc477fcaf
/usr/lib/x86_64-linux-gnu/perl-base/overload.pm f 0644 0:0 size=4494 nlink=1 sha256=e777f5a165a2430ba3ab9805c45a7a27c9b417bd5403b1c92b77a453471f2dfc
/usr/lib/x86_64-linux-gnu/perl-base/overloading.pm f 0644 0:0 size=964 nlink=1 sha256=5387b33943963d2e47f05b3f37926f2d454f9ded33ca857e56ffb33b3adb999d
/usr/lib/x86_64-linux-gnu/perl-base/parent.pm f 0644 0:0 size=460 nlink=1 sha256=8eb521a3af26eaefb34a168f6a79034b2e31840b25eb94477f0dc0468572e27b
/usr/lib/x86_64-linux-gnu/perl-base/re.pm f 0644 0:0 size=9556 nlink=1 sha256=eb869ea443fe18fe7e3c7a0143c2af7b5525b11da470c6ac36f41f6b3c1c81cc
/usr/lib/x86_64-linux-gnu/perl-base/strict.pm f 0644 0:0 size=1606 nlink=1 sha256=e6ab7416ca86e9f9195a4c86a893b96b9a20d9b4512c23c2d8683a58ea6c8e80
/usr/lib/x86_64-linux-gnu/perl-base/unicore d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Age.pl f 0644 0:0 size=23069 nlink=1 sha256=8f153c4f0f6f6e241de569ddc84ef40f5c7e4308e4e6121dd6b0741a4049cae7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bc.pl f 0644 0:0 size=9455 nlink=1 sha256=21d1d93ef1c05fb9024214cae5cb8dafa7a7bdc089351644cb8526ac0612e0c8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bmg.pl f 0644 0:0 size=5840 nlink=1 sha256=9ee746bca26044792c00ea62c82f0970a80884362ea8a07d658509ddb4e48e2d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpb.pl f 0644 0:0 size=2231 nlink=1 sha256=3bd9fc8ceb046b698981778f4f9fbc8aa1d454bafa2094e1ce2498e0953e644c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Bpt.pl f 0644 0:0 size=1773 nlink=1 sha256=0c87421a1a003c23990ba64ad0da84ee72b51cc2e3c8ac6a4412d5a11a10a924
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Cf.pl f 0644 0:0 size=15837 nlink=1 sha256=55f478324b11b584c5e95100a460341ac9288f1b81b1cb6612ca2002b5f765a7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Ea.pl f 0644 0:0 size=4086 nlink=1 sha256=58752d1c1cb8cd257cf020351ee149cb35b8ee86efa542a40b5d8154d5203f0f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/EqUIdeo.pl f 0644 0:0 size=4640 nlink=1 sha256=c052b166c85ca16146e0f11ed97a2113aca69785736a511ef72990d997ce82f8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/GCB.pl f 0644 0:0 size=20985 nlink=1 sha256=6f9028a6e0b46b301b2bed2fba41b97e2f8587b03e86dda46758aac41af3c07a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Gc.pl f 0644 0:0 size=35820 nlink=1 sha256=de33198a5c31546b2e40093a5bf12d2827277df74307d423af06b09780371af8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Hst.pl f 0644 0:0 size=10015 nlink=1 sha256=452430947bda95360c59cfc3be307723f5a48d5e3ee8c0e050992a544ddf6605
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Identif2.pl f 0644 0:0 size=34264 nlink=1 sha256=39448fb8d785f2c5c64b53442961b9811a1c4093ab0c30d8a59637c95cbefbdc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Identifi.pl f 0644 0:0 size=7002 nlink=1 sha256=3e48075fa17d1f242c6c4b4611a6f64cb292fdb211730e1c2fa597b8a6bcb686
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/InPC.pl f 0644 0:0 size=9474 nlink=1 sha256=b40bbe84ed119b66e90396aa147aa0f1eb32cbb73742872c3f7cbca6db8b12df
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/InSC.pl f 0644 0:0 size=16790 nlink=1 sha256=8e2ef3dd78b843efe1ed0960f0806f22bd8edecbb501fcd4e473f151dcb92879
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Isc.pl f 0644 0:0 size=816 nlink=1 sha256=9077aa87253180a1cd1bddc0af8e0d77d40f4688fe93d63b11ea8fa964b9c256
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Jg.pl f 0644 0:0 size=3807 nlink=1 sha256=bb0cb96ea42fcc85a941716e2fc321c93203250d5dd85e9856c23dbae0984026
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Jt.pl f 0644 0:0 size=5979 nlink=1 sha256=7ac893684c99e1bb8a4c100fff8e063500908d2b7b22db9b7d25a4d02d5e8881
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Lb.pl f 0644 0:0 size=33085 nlink=1 sha256=6fcc45f143d75c8dbcd1744185f7fe8586e896037aa4942f0c20a24a9bbcb0f9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Lc.pl f 0644 0:0 size=8558 nlink=1 sha256=4dcfff5fba1475a66859fac8a630261c0de317d2f3e146e505e451de90d61742
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFCQC.pl f 0644 0:0 size=1777 nlink=1 sha256=fa000e7a8ad0257b7f9a77af6d0016353941d297a337876734f507f0fe34b9a5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFDQC.pl f 0644 0:0 size=2946 nlink=1 sha256=2f3f2864e18bbf57b23ff1676644369386169d4a42d3ba5c80d781e541480186
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCCF.pl f 0644 0:0 size=401955 nlink=1 sha256=16ff01b773a1dd5b9fd2a8c470966a07df7be5d4c5055020baf4365c6edb990d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKCQC.pl f 0644 0:0 size=3804 nlink=1 sha256=1d30b5f860336ba6ac2b3f42d54f9dd1b8d532c9b659608aca104d8ed84440fe
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NFKDQC.pl f 0644 0:0 size=4809 nlink=1 sha256=7dd1c6c3497070015fff7c4e0eb28ec64e90447866bbb265b3cfbf38a7d7f4ad
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Na1.pl f 0644 0:0 size=63581 nlink=1 sha256=13797104a7e696041d1d5e200cbae982cfaf7f68e3107b47e3896156f1e6193e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/NameAlia.pl f 0644 0:0 size=13892 nlink=1 sha256=468b5b00233a23b93507f34cb0cae851f738c9f4c93eccec9ceedb388508203d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nt.pl f 0644 0:0 size=4704 nlink=1 sha256=ee4882beab5fc457796b38ed6bc2475890d879848fbda8e6d6192080438ddb6d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Nv.pl f 0644 0:0 size=9458 nlink=1 sha256=7d6ab3fba4418e69ec9b36d067aa9965ab5d4693e4038ace7089dee5c5c673be
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/PerlDeci.pl f 0644 0:0 size=1793 nlink=1 sha256=c069033c9783c2ff47815442623a74d9539367c9992b2b15cec75589a1ed3756
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/SB.pl f 0644 0:0 size=34948 nlink=1 sha256=9ef894c24a132c88f6e337216acb62059f8e264260716c3a296110b8a3be1e8b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Sc.pl f 0644 0:0 size=17741 nlink=1 sha256=0cf06aec82a4f893cd5209e1332da573e08867a6e330f6f969a3b6db98f3923c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Scx.pl f 0644 0:0 size=21522 nlink=1 sha256=f12674de6870cc87a61bede6b2a1035fc44b6def1896de46dd5e6be08a9b8558
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Tc.pl f 0644 0:0 size=11960 nlink=1 sha256=cd10c6c509af63ca4551c76e70e8f4c73078db92f74ac296bba05222b49f1969
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Uc.pl f 0644 0:0 size=15662 nlink=1 sha256=6a519b491671c8abd525590675c85d8844d3f0fdcc76cc3c2d02d626bee1e0e0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/Vo.pl f 0644 0:0 size=14511 nlink=1 sha256=0dff031fb4b12918f113addd9cbcab12d765bfd57a5f25ef442e90b66d1ba448
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/WB.pl f 0644 0:0 size=20076 nlink=1 sha256=17a88bc60fa6475e1386edf1d211dc5af79528ea97519c815720bad1f9894404
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/_PerlLB.pl f 0644 0:0 size=35307 nlink=1 sha256=b160288eec63b501be73ccf50b8b985b21c63e0f76577019c88231647bab1724
/usr/lib/x86_64-linux-gnu/perl-base/unicore/To/_PerlSCX.pl f 0644 0:0 size=22412 nlink=1 sha256=37a6d87d365586c8c194690b1fcff9a6f50197e0625ca5ebc4f8f4f0c81aa6d8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/NA.pl f 0644 0:0 size=8787 nlink=1 sha256=7f9153f249d71aae7aff08ae6df3aa80d6866a134426297e1eb8ddf1a570b0ee
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V100.pl f 0644 0:0 size=981 nlink=1 sha256=70ac410db73c813073a291c9fcfe995bb19911933d20ae6c9e7c89a95295dad1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V11.pl f 0644 0:0 size=3448 nlink=1 sha256=b931873ebbe1255be99d3b83632044d89b725568b26db41ac84a61ecb89ca42a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V110.pl f 0644 0:0 size=1210 nlink=1 sha256=f8d2c5d4a484cb60c1ce877ff1b481dbca0efc69ea9245041d68d14a7cda4100
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V120.pl f 0644 0:0 size=1248 nlink=1 sha256=b6fb4aee4cece812817568319f526035d779e21ee6487f263609b48d62b694e0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V130.pl f 0644 0:0 size=1240 nlink=1 sha256=0ea43d544b27c30a9918258b88fa8c15236daae7cc918c728c54a193cc0c2218
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V140.pl f 0644 0:0 size=1446 nlink=1 sha256=d741ede24da4266103c7ea46975aa9c1a14de048a4b5ba92997c4a8082b4d61b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V20.pl f 0644 0:0 size=842 nlink=1 sha256=01d425a3d7fcc0fe413b3f6f7ae9cee306e66daf2475c257f6370e1dbd567f79
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V30.pl f 0644 0:0 size=1710 nlink=1 sha256=180475249d1851f3777c21d4a613989cb08eac32784c58ebe3cbb6db4fea8ce1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V31.pl f 0644 0:0 size=979 nlink=1 sha256=5003b1ac1b0da16d76b1bb505145f0bb53ccff00d6dee5e000f05421187a21e4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V32.pl f 0644 0:0 size=1116 nlink=1 sha256=f0b5158785620b6a420ee6952c23106d0d6d53641ce687bf1c9a2fcc6793f809
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V40.pl f 0644 0:0 size=1326 nlink=1 sha256=fb925a10ecc4ee5b16256c4e5ee08564e9f35a7beddc4e7d9b09acaac6d92b35
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V41.pl f 0644 0:0 size=1430 nlink=1 sha256=c40af9bbcec2b4fc14aa8b150d03821360f7288fc4c64e6f3211dce665d4f76b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V50.pl f 0644 0:0 size=871 nlink=1 sha256=b418871e0b8785f1523bbde05de42f1bf0945589c031364a000096c78d315875
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V51.pl f 0644 0:0 size=1460 nlink=1 sha256=ef28581334c9580f62828980a22fe564a12761cb7559cd1dd4f19c6c324a1a9b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V52.pl f 0644 0:0 size=1540 nlink=1 sha256=8cd81de2cf96751421ed5d39759496c87daf30aa956f727140d0567e6d08a981
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V60.pl f 0644 0:0 size=1816 nlink=1 sha256=ae6e0d0880f087e50c0785aa3b4cbe6b454699fd7cebda83ef53aeb69f25a843
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V61.pl f 0644 0:0 size=1626 nlink=1 sha256=ac5004e503d07c74b099652cebc58b18fcbb27958cb77286a667194d06b5812c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V70.pl f 0644 0:0 size=2214 nlink=1 sha256=cc44a40c9fbaf4a2324c5aa9e8927b22bae3133e12ae8bd75d07a0ff0dce956a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V80.pl f 0644 0:0 size=1214 nlink=1 sha256=884832c9d9b1dcf0cf3e737e6dd62bd8f0b1140f5a1d9704f4636f581ff4fd5f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Age/V90.pl f 0644 0:0 size=1141 nlink=1 sha256=5d7e911f1b5ae16161816372bdf634b82c55b715890a1d528a0abdbc33497103
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Alpha d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Alpha/Y.pl f 0644 0:0 size=8696 nlink=1 sha256=707533f2f40884d88e2e556a6281a533fb3df1533d80e31de90b57dc432cfe5c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/AL.pl f 0644 0:0 size=805 nlink=1 sha256=c6265b94e22986a6891a97bfe3606a7033e7b169511b4010e38c0c23f11ae6ae
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/AN.pl f 0644 0:0 size=575 nlink=1 sha256=59508c02a02ce760055d2faeddb70b1a27fb002245b8d3a707839b94735a2b19
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/B.pl f 0644 0:0 size=527 nlink=1 sha256=68ea788d2361ba4991118fa96f1ede1ddbe39e08981b60d7fa532b48812ad7f5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/BN.pl f 0644 0:0 size=883 nlink=1 sha256=032795a755dd2e89bf1145b292160bfeab377971794395087c928a4d22c4933d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/CS.pl f 0644 0:0 size=619 nlink=1 sha256=50b208da518b3b2b4499af8aa3d304a488ec25f86bf73a4b04d1edb87e91cf5c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/EN.pl f 0644 0:0 size=629 nlink=1 sha256=8d8cf2b83b40302180212a070c66cf7d199320b3af8aad2b263c568044739880
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/ES.pl f 0644 0:0 size=581 nlink=1 sha256=e1abd420b72ecff0619fa4d3dfed8f620af22dae5d47509c4de9b21d1149ae19
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/ET.pl f 0644 0:0 size=741 nlink=1 sha256=dfb6d180fc405d718d3932e03053a97a4c8928c4bd01041b4c4ed36cd8193f83
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/L.pl f 0644 0:0 size=5872 nlink=1 sha256=acd5ea9c02858c9a02c6ea5abe1b4ef152919f50b6feec2ebb27be0825b315fa
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/NSM.pl f 0644 0:0 size=4184 nlink=1 sha256=a0f82d50ef6fef065095a7253e2ab37f5de1156378cd81d62ba5c790f92d9133
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/ON.pl f 0644 0:0 size=2673 nlink=1 sha256=3733efb581e4b0581b57ce4ba4b6ce9c566cc072c74cc237eb0d53689e484ec0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/R.pl f 0644 0:0 size=939 nlink=1 sha256=5d57102c0beb5bc0c21ca7858346a4f1e14ab30d75fc5c5c4dbf9476482f1479
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bc/WS.pl f 0644 0:0 size=555 nlink=1 sha256=84161956293a4eedb07594484d6fbd27ee4741b2448116ad37bb1be330528b18
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/BidiC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/BidiC/Y.pl f 0644 0:0 size=530 nlink=1 sha256=6a2126403caf7922360789c50157b7d40b59bd1b3c47065713432686c1a57c5c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/BidiM d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/BidiM/Y.pl f 0644 0:0 size=1754 nlink=1 sha256=2584ba8d39f1a1cdfc89c08a717093caffd6f4ef34399d87ae6170e546d53cb7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Blk d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Blk/NB.pl f 0644 0:0 size=1156 nlink=1 sha256=f7eda654046dec1ffe77cc9662f498552c53a98e699401cc564bdb24a5dff7d7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bpt d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bpt/C.pl f 0644 0:0 size=1226 nlink=1 sha256=f98e67ad62daff9cd9b6f0c1fd950dee0ee400e648f40012575989cb0be86371
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bpt/N.pl f 0644 0:0 size=813 nlink=1 sha256=3f85c7291a634c904caed73568e51212c5deacd3fc129af4e53567a8e62c900a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Bpt/O.pl f 0644 0:0 size=1226 nlink=1 sha256=59198ffbc20c684da82f872e07387b80d99fccd8a8cd0c8da619cc14da916283
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CE d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CE/Y.pl f 0644 0:0 size=847 nlink=1 sha256=d7016982073b26f0f5e3c0466499ebcc32737625063be2f3f3fa1fe4b4ad42a3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CI d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CI/Y.pl f 0644 0:0 size=5222 nlink=1 sha256=dba4c8df279309cafcd993a39aa85c62799d8a29d546c78ffff76787d4b4a1a4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWCF d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWCF/Y.pl f 0644 0:0 size=6751 nlink=1 sha256=c12dd0f9fbb3f923be8fded751341bff86b91543230c36b4e8fb4a9fb5787d0f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWCM d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWCM/Y.pl f 0644 0:0 size=1804 nlink=1 sha256=c2a40b6f529da723d2a717af285bfccec5c5255f64462e60cccb0f5d6c1c53e8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWKCF d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWKCF/Y.pl f 0644 0:0 size=9305 nlink=1 sha256=9f3296a0fcc6d210ffbf80ce24a0bd0445569673d4736cac58964debf453e44d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWL d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWL/Y.pl f 0644 0:0 size=6625 nlink=1 sha256=dc400c5a2d4641350fa4066ed737078ba3eaf34238e52ab244e9ec10b0702bb0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWT d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWT/Y.pl f 0644 0:0 size=6775 nlink=1 sha256=3ad7e860c4166dc71ad46e8a1c602388b341a64194fefb26eeec480b5b2223bc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWU d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CWU/Y.pl f 0644 0:0 size=6787 nlink=1 sha256=416be5de9ed7a59e141bd41e7eee0627a9ee3ff017e0e8b78a91ff8ab900b1a5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Cased d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Cased/Y.pl f 0644 0:0 size=2222 nlink=1 sha256=62d7976050f6e592bf5e1c54086dd936956a9fb84b7d198192822b1b553d3120
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/A.pl f 0644 0:0 size=1852 nlink=1 sha256=7814672d1edffadbe1abc468998f81682119ba5879ddd4e3f3685e420761c5b0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/AL.pl f 0644 0:0 size=532 nlink=1 sha256=4dbc6c2e3dfd970fcd6bdb582a441d319c8f75f70843ca2fc80d3a083ced0df6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/AR.pl f 0644 0:0 size=537 nlink=1 sha256=26e1ee186afdac9bdb0bc5fc893303c7608f1578bbfb835b2a6cac3bc807439b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/ATAR.pl f 0644 0:0 size=536 nlink=1 sha256=dbeef5f182e80524db2a9cadadc02c89ddf232bf3fcde427dbca9b8a46b4be44
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/B.pl f 0644 0:0 size=1342 nlink=1 sha256=c5e3e6eccc691516eb291f08074ff0509e027deba6de8a9647d531f6d0b4bf3a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/BR.pl f 0644 0:0 size=532 nlink=1 sha256=1f5f06ff0e64202f3111ebef5174a567eba3015592dde4d7fbe6bad61d2c5221
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/DB.pl f 0644 0:0 size=524 nlink=1 sha256=6e6c4d1a7d592dbe3ff3f3f2cbf5ee5969a651bd93f8319c7552b78c2df9c096
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/NK.pl f 0644 0:0 size=783 nlink=1 sha256=6faf7200d14f9d900eeb0a671644bb277a5d99dbfd37d0543d088f99a5daa9e4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/NR.pl f 0644 0:0 size=2588 nlink=1 sha256=e16fd95edab94db209783a9d6bad9b81b4eec3e5e290a2d135531ff414bf385a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/OV.pl f 0644 0:0 size=611 nlink=1 sha256=facec6c6a3e58c5b23f8e6370a0e101f7ef163c3dc94ac960dbb7394dc32fc48
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ccc/VR.pl f 0644 0:0 size=1108 nlink=1 sha256=c582d2e4cae21b36feb6135bfe2ca8f2e820760e9fb84d57aa26a2e014be4719
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CompEx d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/CompEx/Y.pl f 0644 0:0 size=1260 nlink=1 sha256=bcb0762081e63daec0975bf92793afa21d42f48028bd0234cb2c9ebf33865b67
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/DI d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/DI/Y.pl f 0644 0:0 size=679 nlink=1 sha256=5771e1891f1b522d38f2a19cc1f08a9e913a94828eefd72260a66f8fc4a2d5b2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dash d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dash/Y.pl f 0644 0:0 size=743 nlink=1 sha256=76fc3d5928f8bb83e830ad85acada6c6ac1914b32428c542f60c85780315598c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dep d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dep/Y.pl f 0644 0:0 size=573 nlink=1 sha256=494e13bec7ef0ace977bdf92830e8ced744e50120bf0e504087cc528ece47dc7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dia d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dia/Y.pl f 0644 0:0 size=2600 nlink=1 sha256=2df5a602a0d5c415fbe4b05ccf9ce1513dfbd8d2f257150bb5f33e2e2c9a4481
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Com.pl f 0644 0:0 size=1250 nlink=1 sha256=b478b4bc5bb7b098b7cbaa6c7d68f2f040cf9cad2419d0aa9e7a186b0b9f07f3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Enc.pl f 0644 0:0 size=587 nlink=1 sha256=7abe0fcde0e023baa95cd6fda121777269f5e5b3d720c6f03e4a20843799c435
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Fin.pl f 0644 0:0 size=1848 nlink=1 sha256=942625445bd6f1a9b464cf8a2848ab53d098668018a580828938d24f386bee3a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Font.pl f 0644 0:0 size=1394 nlink=1 sha256=6eab0e37213800dc7728f7a9cf26129f649c008f40ab0fadcd822bf0836dd41b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Init.pl f 0644 0:0 size=1392 nlink=1 sha256=04f36b96a91783fc496b3578af372a5865cf39c5f634381f63ca936ff22783d7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Iso.pl f 0644 0:0 size=1668 nlink=1 sha256=5a5d14a521f98cc7c53b2ec730a3ddf6f027822f354c7d3e14f33c619e04fde1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Med.pl f 0644 0:0 size=1140 nlink=1 sha256=43e1567f52310799e58e6aae5f1c82286add27d281a3cbb2d27e6dcb4432f56b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Nar.pl f 0644 0:0 size=563 nlink=1 sha256=399b14d27a256da2ce826b7a5e4b9111fc24d10e91d54fa363f53820e83cdb48
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Nb.pl f 0644 0:0 size=539 nlink=1 sha256=578283ca263af805fe1ef899de535ccdcc90a090cfbaccdf72dfd13aec09163b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/NonCanon.pl f 0644 0:0 size=2720 nlink=1 sha256=09d353e355f8ec24f2bfed8bfb67cf9b7dfacb9d218ac71c59e35720eed1e194
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Sqr.pl f 0644 0:0 size=607 nlink=1 sha256=710d11d0b7cf8ee9192aac5cb5fc1da6e741aadacaa514f48e53cd94740c0afd
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Sub.pl f 0644 0:0 size=532 nlink=1 sha256=487a969ca0c202ad0ead2d327c44aeafa33499d7cf0f9f95d805af6776cc2ec5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Sup.pl f 0644 0:0 size=799 nlink=1 sha256=9ad87ba446f876f5c8dee7707d2808370e272eec4125baf5390b31885e91bc85
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Dt/Vert.pl f 0644 0:0 size=551 nlink=1 sha256=e690429d658456bd1c8da45b3f7ec792fa62824ab2a77b10c779320800c46132
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EBase d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EBase/Y.pl f 0644 0:0 size=1039 nlink=1 sha256=5a1a90e0a886e0bbd5e233a7aed77cd62894d86c170e0d3efca8325afa9bc172
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EComp d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EComp/Y.pl f 0644 0:0 size=597 nlink=1 sha256=755401eeddfe610f45f7561b3462c187c074892d4db5a1946650ea0b877e1074
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EPres d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/EPres/Y.pl f 0644 0:0 size=1544 nlink=1 sha256=9be166350185b3d5d0d61eae1d3e447c95c8da2dec80081a17b631c1ed695a3f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/A.pl f 0644 0:0 size=2219 nlink=1 sha256=4ac3a587278a49bb885c4d43e99c3c606f2e731f1bb7a5fb44035679f5552db3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/H.pl f 0644 0:0 size=573 nlink=1 sha256=f920d6910991aa559b8ef815952ceaae27daaabc76192280c0590fd1f65872cc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/N.pl f 0644 0:0 size=3545 nlink=1 sha256=a685fd0060dea0e784b2c3f8f3c2138a697e4bcaf9041ff9041fcbe2fe5269fb
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/Na.pl f 0644 0:0 size=554 nlink=1 sha256=8416f456b700db85126a3dd1f7c48d79c0d479d261ca2e0cd64f1159ae7922d8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ea/W.pl f 0644 0:0 size=1991 nlink=1 sha256=8bde8da7fd5944eaf443dbfbcc035b3d3d0582e21e39226fff24f2c819c6f2a9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Emoji d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Emoji/Y.pl f 0644 0:0 size=2313 nlink=1 sha256=09e4cca146e294c571e40e0ba82f9f7b5c5afe663b0e9fc47b7eb35c1df1ed49
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ext d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ext/Y.pl f 0644 0:0 size=863 nlink=1 sha256=ed04387a30323e7f8648e168a8623adfea3f9a73b2861a1648fdfb9d352a3316
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/ExtPict d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/ExtPict/Y.pl f 0644 0:0 size=1433 nlink=1 sha256=bc83011e126a1b9759c9321d370a130b878de6bc474140818d7b0c8c2ccc3d4d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/CN.pl f 0644 0:0 size=690 nlink=1 sha256=916045aa07cb2562591e97392c89dd2d444f182c123d8978442839cf9ef707a9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/EX.pl f 0644 0:0 size=4444 nlink=1 sha256=680e22947578ee441f64b10f3bf63a0437f3bd460ed873e4acb310dd77489406
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/LV.pl f 0644 0:0 size=5280 nlink=1 sha256=d50cdfa33bb2dacc004598783f813169f254ffc320b4092e2d999198ca1bd933
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/LVT.pl f 0644 0:0 size=5280 nlink=1 sha256=2a9767c493f137ab8e427b157ea94d90bf744d0e3b77a58f2820a6eebb440160
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/PP.pl f 0644 0:0 size=647 nlink=1 sha256=fcfa225fa41a263a235c39935dc0d635d9c5948c9c428ec8e3f9cfa86ba78d12
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/SM.pl f 0644 0:0 size=2264 nlink=1 sha256=87b6d835fd940399666132dae0120684d76f385957b75459021f1a88599cf2be
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GCB/XX.pl f 0644 0:0 size=4053 nlink=1 sha256=0432268ab2f54dcb5f8472b4c60053970fb750be4288a856a165151923bc8c42
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/C.pl f 0644 0:0 size=8675 nlink=1 sha256=9da465a9c8a9ddd7f94c28c9329dc1a3c6d2f850b4e8721bb60974ed25821536
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Cf.pl f 0644 0:0 size=725 nlink=1 sha256=d3000eda42ebc0155f04ffd5dc3a87f8688904aea58ed876a4a8386953ab520f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Cn.pl f 0644 0:0 size=8673 nlink=1 sha256=250cfbd6dfa6a2dbaf9f51667da4f26ce437fcfd12fa45ef474c96146b7cf19d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/L.pl f 0644 0:0 size=7880 nlink=1 sha256=f8cb47fba48962d12e6b5525f8b52845605b6b8e5f73900c654c5cccb3565dad
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/LC.pl f 0644 0:0 size=2086 nlink=1 sha256=408999a4447e874838ce2741aa96beb4ae41bbcba677dfff50a84c5f632439c5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Ll.pl f 0644 0:0 size=7253 nlink=1 sha256=90f2ff803fecc6224a5ff496cafe181a407d6d4d68a0258cfa84d9359a2c4fe9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Lm.pl f 0644 0:0 size=1256 nlink=1 sha256=aed34f2afc4af5c33054d7c0e7d90b68239b9fcc5e083c25bcaea88884e9bf7a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Lo.pl f 0644 0:0 size=6224 nlink=1 sha256=fd0bdc20fec18346bca434e72c9b2bc5dba6762fad6fb3aa991251cf2f9c7f02
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Lu.pl f 0644 0:0 size=7117 nlink=1 sha256=e6144fe87a3129762e1755cc62b510680503377e63fcda6b38ee97dc4b7831fd
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/M.pl f 0644 0:0 size=3830 nlink=1 sha256=191510009c3bd1560896f408f7805fe6240e0cbcc859783fe68802ff33da21b8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Mc.pl f 0644 0:0 size=2442 nlink=1 sha256=f3531e0f6af9ded215004e8ef080e1d39859c79ec46695ed9b00324cb912baa4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Me.pl f 0644 0:0 size=543 nlink=1 sha256=cc1aa9827bdbde408acf48bcbd1452fdd03f894ff710a9d95f414d6c3894a08b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Mn.pl f 0644 0:0 size=4234 nlink=1 sha256=ddcf98f13ddf4a68cd7e73d0e204d31ac40412f9f60585d0d08a33da96a3a2b5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/N.pl f 0644 0:0 size=2026 nlink=1 sha256=aa32e0653e7a28707527a817ccb9bcc6ea585e5b3c0679383b9cc8d3caabc4bb
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Nd.pl f 0644 0:0 size=1184 nlink=1 sha256=14d4e633e1d14bc30e11e108544edbb7b14a1ec6ccf6f1c7fbe2e2210c310971
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Nl.pl f 0644 0:0 size=629 nlink=1 sha256=729e8a9cdfbcf0dc75a4bd1c490492097c114bce3c89dfe9f598aa701100f09a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/No.pl f 0644 0:0 size=1316 nlink=1 sha256=5ef23995f28452930914b326dceaab2de704fea67082b30b5528f15f1ccace78
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/P.pl f 0644 0:0 size=2558 nlink=1 sha256=0df04c40ad84944ca29bf0e41e1f4828de8974402eb6b0542808b8557ec7d406
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pc.pl f 0644 0:0 size=553 nlink=1 sha256=9cbd102a984bdf0e3a5a483b14bdeba0f97c033259e4f089398e15ddd4b76176
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pd.pl f 0644 0:0 size=703 nlink=1 sha256=dda190286672ece752d4251f4ec5880ccb36063cd099e7dd83ca2f4e37ab2843
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pe.pl f 0644 0:0 size=1370 nlink=1 sha256=dea37451784bec53bfaa8e806d05a2cf9ee3cef5885bbaa76d957cfd82bdb03c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pf.pl f 0644 0:0 size=601 nlink=1 sha256=7fcad19acf4845153c3f906e1825c63650bb3ca76bc03ce102762ec55504e6e1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Pi.pl f 0644 0:0 size=611 nlink=1 sha256=8fadede49a01f80fbf3ddba827bfb42d8e5c04c2158f7c8bdbcaf125fb54bbc3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Po.pl f 0644 0:0 size=2526 nlink=1 sha256=f28cd0e29d56bba2a45434e9780384e620b65f894d952e4e78a5562b3562202d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Ps.pl f 0644 0:0 size=1402 nlink=1 sha256=117446640055d8ebd65b321c86ddc358d254d032ade26335a222210dfeeba4f3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/S.pl f 0644 0:0 size=3201 nlink=1 sha256=fbd6af948198debde806853539cd5515b4d143e70e98808e1aa741e91972cbac
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Sc.pl f 0644 0:0 size=717 nlink=1 sha256=f39bef5a97ecc4010801bf75089bf8465bf259ffe2e006727d25e29be16d7dcc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Sk.pl f 0644 0:0 size=795 nlink=1 sha256=75ef1b62dfbf4e5529591a9bbfe784c160e5c17d5b10cac1fe4c95e1438342f5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Sm.pl f 0644 0:0 size=1192 nlink=1 sha256=44826222c0bdea74fab2a73478bd7d65619393d29823f1c645e196c122ec70bf
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/So.pl f 0644 0:0 size=2687 nlink=1 sha256=4dd2c5b4a4a33fc9deee617647ec2c60d72d3f1aac08582daca50b1c4d5458a1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Z.pl f 0644 0:0 size=567 nlink=1 sha256=50e8dbbe60da595f7207e48d9b99a24201689634b9ed9a8b5632b19b788dd1fa
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Gc/Zs.pl f 0644 0:0 size=557 nlink=1 sha256=8f22f89726f4c6aac64d858d69d74ea3953a44828970841ec197cb101f775134
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GrBase d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GrBase/Y.pl f 0644 0:0 size=10457 nlink=1 sha256=3b3b188c074a5e5787af18736320ca9ac3abc017e4be0c1fe4f8d24b816486d0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GrExt d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/GrExt/Y.pl f 0644 0:0 size=4430 nlink=1 sha256=858631f153bf6979519f4355f4bfa1433eff98f124181ad786979b6bd71c71b2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hex d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hex/Y.pl f 0644 0:0 size=546 nlink=1 sha256=cceb67ca9fcaf0e3d138967fbd57dd9753c767c3d8fb2c3f46fcc4a8342bdfd0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hst d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hst/NA.pl f 0644 0:0 size=551 nlink=1 sha256=e67c1222cf3f49d5ad0141f4dcb1234f7dcbb80239faff8b9d38ca9967c0888a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hyphen d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Hyphen/T.pl f 0644 0:0 size=595 nlink=1 sha256=302aa98fb73c38792afe5d955ab86c818452f4d1de0a9ec07cbccadf6e1b08c2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IDC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IDC/Y.pl f 0644 0:0 size=9114 nlink=1 sha256=7eaf74aed3b8bd3fd59bb8475580d1c51fee3cb3d88c32d1373a6a67ada2894f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IDS d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IDS/Y.pl f 0644 0:0 size=7884 nlink=1 sha256=779c76daf2f28256ec5695180aa98bf1b82f244cd311701971c795fe7ff4c84d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdStatus d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdStatus/Allowed.pl f 0644 0:0 size=4435 nlink=1 sha256=e6f1dfa7de801730b53b2a80e020cdefb487a165e50edb5eda59c33741bdaddf
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdStatus/Restrict.pl f 0644 0:0 size=4437 nlink=1 sha256=86820bf4098e482e27724535d7e83d2c734bd345a90a6f0712213b11e9187d9f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/DefaultI.pl f 0644 0:0 size=701 nlink=1 sha256=587dc721d96035195ea73f22613192b73d673bf430b587396a25bf20d1a67b0c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Exclusio.pl f 0644 0:0 size=3144 nlink=1 sha256=f6ea17381078b12b2eb42f5d5235d7e7504ee96eb62647b458367ac6e16b4135
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Inclusio.pl f 0644 0:0 size=629 nlink=1 sha256=bd01c6bddb16c6cc0927d73f8fa2b69f78f03880baaab82959ce3f0f3f39b664
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/LimitedU.pl f 0644 0:0 size=1484 nlink=1 sha256=8415ac1126c71435be8cdfbaeeea03b42cada58d9f48e2bc1281a901373d83b0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/NotChara.pl f 0644 0:0 size=8668 nlink=1 sha256=815bd410a4fada1c432133462792c2081b76d5f099224f685929664261951e51
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/NotNFKC.pl f 0644 0:0 size=3400 nlink=1 sha256=389124c5406cf666b9a37d5678b64d30f1fedea1c207b7fbf57e707485318c6d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/NotXID.pl f 0644 0:0 size=4506 nlink=1 sha256=d9983f3631a5f80ac8f6710c1b302acc58931e29f030025dd36b98fa14a069a0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Obsolete.pl f 0644 0:0 size=1588 nlink=1 sha256=8290395cca9cd4012e374a93d008194b9deaccbd457147bc96c7693f1aedaa99
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Recommen.pl f 0644 0:0 size=4369 nlink=1 sha256=4b4772d8a32348c7599a048c70d4c3165b634c21796424d13507d0492285d62d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Technica.pl f 0644 0:0 size=1520 nlink=1 sha256=7b2be062384a0a54cf7b9c0d712dfc45280e42168a695f42f87c2195b5f9d6c2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/IdType/Uncommon.pl f 0644 0:0 size=1308 nlink=1 sha256=3bf5a734c7bf0396fbc8300b3cd7b992810abd0f29438c9e9323c513108dd596
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ideo d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Ideo/Y.pl f 0644 0:0 size=740 nlink=1 sha256=1a80d266da6def423a9e5c612b65983997d68cff6c05cb1b86a12ea62067a372
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/10_0.pl f 0644 0:0 size=8135 nlink=1 sha256=63c3916cad32c06608d8da01f0a9a26fbba280ddd76b3bebcb83b8383628b6ea
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/11_0.pl f 0644 0:0 size=8257 nlink=1 sha256=e352850285d2ffc8aa0947b12a002207f3be12562704264525f496559cf4e5e2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/12_0.pl f 0644 0:0 size=8403 nlink=1 sha256=eb99d608ca16b7a1f2c649e8dfb329268f6680dd8a2f2bc44e34680b4138eba5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/12_1.pl f 0644 0:0 size=8391 nlink=1 sha256=bc35579f1577fde52f806b513b9179b711241859c1fbf6689dc9371656a56e00
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/13_0.pl f 0644 0:0 size=8517 nlink=1 sha256=52769718ea911b8b52d1bf7fb94e6b7303794b18d231b1dfbd0f9627a17473e5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/14_0.pl f 0644 0:0 size=8789 nlink=1 sha256=ec778ca9798af794017c2006488c1f8855ae191e58fbf6374459a5f3b3e561e6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/2_0.pl f 0644 0:0 size=3747 nlink=1 sha256=7930812172d05f16341df2a4c02f86d434271abfb3786a0fa0124317b1383967
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/2_1.pl f 0644 0:0 size=3747 nlink=1 sha256=9c8f0d95a98ab681442aada0c2d8ca428cad1384f4dea0db7cde86e4e46bf915
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/3_0.pl f 0644 0:0 size=4351 nlink=1 sha256=eff20bb21fce2fdbbed27415afa2c0b5ee06ee34dcf3b1c8e6e6020d0b1b07e4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/3_1.pl f 0644 0:0 size=4803 nlink=1 sha256=e1154050e0a2616db323027d426c153dd0919ccd4ff8a350713547dd12cf488c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/3_2.pl f 0644 0:0 size=4741 nlink=1 sha256=24245896b69f16329bf4bd9041f421889bfd22a37e9c0488313e0a123e932e2b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/4_0.pl f 0644 0:0 size=4925 nlink=1 sha256=b81dc10ee5f8bbec02efa7a6a632dc86fc2be95ee224c6391d4ceaa22c3591d3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/4_1.pl f 0644 0:0 size=5171 nlink=1 sha256=584a3aed1ca43df04798e0da4a15442a68a790631e5edfec42f0569e8fd5bcd6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/5_0.pl f 0644 0:0 size=5299 nlink=1 sha256=b013ed02e10321b107fe92f1d36bb7fcd2a6459d1b35e1b2760e81f21e88b5ee
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/5_1.pl f 0644 0:0 size=5491 nlink=1 sha256=e7f31020e135c278a586b10f7e227e8af89309412aee4af9827fd204756a0c60
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/5_2.pl f 0644 0:0 size=6003 nlink=1 sha256=5a8f59eda2382a1308e0c4cff5f3aeec192410c0b3680aa11a170abea3dac59c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/6_0.pl f 0644 0:0 size=6262 nlink=1 sha256=6670c964521ff0c910cc7e82dd61e3a9c3bae7dfa474097af5543c5f48978699
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/6_1.pl f 0644 0:0 size=6760 nlink=1 sha256=92cab73f57cd9233edd0f790e0bbb2de736c10159fd74154647e43bd4bc52854
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/6_2.pl f 0644 0:0 size=6760 nlink=1 sha256=5af0ff16ce1422405c580e6c48fda7717a188cd989f3e3fb87705cd297a51e33
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/6_3.pl f 0644 0:0 size=6760 nlink=1 sha256=ce09440e44ea10a3e12cb942e2ca38c320ba7091ee03b3a9497b7b012a56d6c8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/7_0.pl f 0644 0:0 size=7516 nlink=1 sha256=e4c5a6a9e56e906c32e41f06b82981fd9df649b0a7db6883a3b4b1681d0da68d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/8_0.pl f 0644 0:0 size=7666 nlink=1 sha256=bcbdc6ef4acbfd8493315acf5788e9713f771e4e60886f5ab905306db0475c1b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/In/9_0.pl f 0644 0:0 size=7995 nlink=1 sha256=0bdf1efc6d92357220d12dc75b7d48e38f593a2def15263d2ac6af4083663b8d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Bottom.pl f 0644 0:0 size=2080 nlink=1 sha256=6ff960fb0c41677c37dc33c5b439c10af005fd2756a6a62f2f31e411414c0e24
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/BottomAn.pl f 0644 0:0 size=536 nlink=1 sha256=348d42a635b5263117b7fa9bc90be236337939698d140abee96214ad7ddb3ff7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Left.pl f 0644 0:0 size=1011 nlink=1 sha256=36267331b32e4dfc29f7480f51b2032805ee68716208fd8c451492576e4e0f23
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/LeftAndR.pl f 0644 0:0 size=641 nlink=1 sha256=8541ec43e9dc89bb3450daf2ad04dc2c6421372aca17fe1c889db5617b94955a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/NA.pl f 0644 0:0 size=2816 nlink=1 sha256=35d17dc7ff347f957b53416319a408b9c3f396ffe49939d452033c3e92d83a7d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Overstru.pl f 0644 0:0 size=534 nlink=1 sha256=0b7ab66e4b100ac9f44a887a6e8caa4e6e29b1f20f7ccfff0738d75e3b470d34
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Right.pl f 0644 0:0 size=2312 nlink=1 sha256=fd02f7f48a57c97fbd2d99dfa084dfa34fbf79cbef33ec7c27b6432482e2364b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/Top.pl f 0644 0:0 size=2640 nlink=1 sha256=99d52d75a89019b2c9c0235bd6d846ac150f0c729af893da1e2819dde03d2061
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/TopAndBo.pl f 0644 0:0 size=553 nlink=1 sha256=f22b202bc56faa785a0434a5361cf06a1e7a8710e175f1ece962722f6c7500dc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/TopAndL2.pl f 0644 0:0 size=532 nlink=1 sha256=e52da44da0720ccb5ab2cabb75cc10950d74c65abf92d3ad166224ae7db7008e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/TopAndLe.pl f 0644 0:0 size=555 nlink=1 sha256=3249a946be685afddd3f13771b85048498958dedbe4fb11f00683a00948f9842
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/TopAndRi.pl f 0644 0:0 size=585 nlink=1 sha256=e6cff947dd0f8c3cc0ac51a6fda7fccc45777ae303af7103e027068bea4caf66
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InPC/VisualOr.pl f 0644 0:0 size=567 nlink=1 sha256=252d3bbd0abda2568a6726cefdd5a713073b81d1852145ceafc2ffa370e310e6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Avagraha.pl f 0644 0:0 size=675 nlink=1 sha256=c3f221ca531c533c0c0552b2961645cde2d3b7cb708cb2fb9f03284d4e6e5757
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Bindu.pl f 0644 0:0 size=1114 nlink=1 sha256=5572e29ecf032f103a6db98b7cafd3d88b7119e7a3257811fc95eced9f8ee269
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Cantilla.pl f 0644 0:0 size=619 nlink=1 sha256=5ef9fcd0408447e86b7314af7615e4f26ff78c5319c10cca959cc53dbe7c63d8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona2.pl f 0644 0:0 size=551 nlink=1 sha256=3f9eb5f6e93004c25b33341ba396632daf69e030445901cf871d7dd4c3325fc6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona3.pl f 0644 0:0 size=641 nlink=1 sha256=747a61f0abb8391b62bb0bae45b77032a014afb19e2454388d8a827267cd3a1d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona4.pl f 0644 0:0 size=647 nlink=1 sha256=7da6a39c4e47f7d6fbfb5e722976c1ecacd47eae4b228333ad5a40877f633c16
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona5.pl f 0644 0:0 size=538 nlink=1 sha256=c7d5a164bbcf89d63585839c6c200187b2dce5be608bd34acac153bc9a93ef12
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona6.pl f 0644 0:0 size=619 nlink=1 sha256=91bdfc7e5c874e5ddb7d3140f215036625b799fe21f07e29d7758cf994e8b7f5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona7.pl f 0644 0:0 size=641 nlink=1 sha256=cfed11d64f08834aa73ff4a92a78078b9d9457e76c1c002c88ba793c0f43d045
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consona8.pl f 0644 0:0 size=534 nlink=1 sha256=558787ef690419c17be27fb6bc0b86f9ce4e3e67baf9a647d29f02706ad0d1cf
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Consonan.pl f 0644 0:0 size=2176 nlink=1 sha256=9ec45de94b8208cdf6a2f84134e61d9665d266a6b74b0e63eafca513caa8b776
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Invisibl.pl f 0644 0:0 size=627 nlink=1 sha256=9fd0c850edfa7781db6635e72047ae39135f35bb863044722c789011a13ca891
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Nukta.pl f 0644 0:0 size=791 nlink=1 sha256=bb23162408f21a6704f918076655c11b5f283d4e57547ceaf1298ebf3d84c25c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Number.pl f 0644 0:0 size=979 nlink=1 sha256=d7fb83986c4dcc78993b76aa6183ef1f811fae3361c4323b39923e0c2cf46f92
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Other.pl f 0644 0:0 size=3952 nlink=1 sha256=9267274bbe4336a6785c4d9425e8b6c4db2afcf74a0d1ad4ae4afa26e68c4331
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/PureKill.pl f 0644 0:0 size=731 nlink=1 sha256=ee21e05e0a7e06538200a37bbf4def01a95a10eaa21e9cdf392daa34dc9b5b24
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Syllable.pl f 0644 0:0 size=685 nlink=1 sha256=c40595c86b85754949bb63f7859225d678280d5b6bb5343b1474dc5265d83969
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/ToneMark.pl f 0644 0:0 size=651 nlink=1 sha256=2f7022c0ec05498bcffa8fea79570d3c1ad6244a7e7d5702d603dcae06afa7a7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Virama.pl f 0644 0:0 size=793 nlink=1 sha256=7d683c0e4657a41d843172581fbc44a3a1912ee00d4026b0f086d2c83d00d9cb
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Visarga.pl f 0644 0:0 size=883 nlink=1 sha256=2313c295f98f30463f1a724c54ad225a6f2e4a286acdc11f948982a30ce42b78
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/Vowel.pl f 0644 0:0 size=549 nlink=1 sha256=747d467ba6ac49df7104a37cac07577c6d844384d175c4d76dc073c5cc5b8a7c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/VowelDep.pl f 0644 0:0 size=1950 nlink=1 sha256=8edc313b4d1f888dd28ef76d58663046fd8a4e5102f0e004aec8e2fb7c93c138
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/InSC/VowelInd.pl f 0644 0:0 size=1458 nlink=1 sha256=7b558f2b7fbf834f96b125798a0b9e2e0b84bdfe89d408c8e120f2ad4c049432
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Ain.pl f 0644 0:0 size=551 nlink=1 sha256=1217b76117bb401c296c5d5690e090ca72d51003b55442176237c0417c73ae3e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Alef.pl f 0644 0:0 size=561 nlink=1 sha256=a7e83bd375ec22cd496f1ef1a7921432581bd8340905f22ca4b5559448d52cef
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Beh.pl f 0644 0:0 size=571 nlink=1 sha256=e6a8f0fe6b723d739a329975d12f910f88b4f2b1cf33ac44015bb0b9e403e005
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Dal.pl f 0644 0:0 size=541 nlink=1 sha256=9c5bca8aa537332406e6fed43ce4e13f6e8d3fcff95cf0b099cb2a02ccc9c8fd
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/FarsiYeh.pl f 0644 0:0 size=530 nlink=1 sha256=19b6d3c993ef4e3a90f9e3b445210c142c74008a3e5f4184a0ec525f9cfd3240
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Feh.pl f 0644 0:0 size=530 nlink=1 sha256=be7a0b2f400cab8100a993ea943c201d079237d4862039e09b03dbc236f031a5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Gaf.pl f 0644 0:0 size=581 nlink=1 sha256=5f681dd0e7714f8e9f2871733d5126af1ee5e0926dc341c58acf3965e5802dd6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Hah.pl f 0644 0:0 size=601 nlink=1 sha256=7259478dd4f68edc8fff12d6ccfaba6aa37db8adbe10e4c8e3048105d2fbf65e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/HanifiRo.pl f 0644 0:0 size=538 nlink=1 sha256=b7b3763272a4972c4ce01daa32dbfb8c64ea5ef008f851f2733a3b115a8e8005
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Kaf.pl f 0644 0:0 size=530 nlink=1 sha256=e880227099a0a5ee9051c89f0a75eea1fb965e2a61a79004b4b59d058c601e60
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Lam.pl f 0644 0:0 size=541 nlink=1 sha256=46a6254ff49a4b36bbddbb45c3c4c3f88c02d3f166ccfec286ecaf4790162e67
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/NoJoinin.pl f 0644 0:0 size=839 nlink=1 sha256=5f124d4b1e89af5fb9a5f4dbca79fc0d799dea48226e9613d76524342f1f0a72
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Noon.pl f 0644 0:0 size=530 nlink=1 sha256=acd423ff807341239a4b14a36030a8d8af531962464ef67a625470e8f729b9f6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Qaf.pl f 0644 0:0 size=541 nlink=1 sha256=a41208e29f32bb6d53346f616866732f209e4908d72182417e34f5ad5a6c4ac7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Reh.pl f 0644 0:0 size=581 nlink=1 sha256=04bb6464fc7b39040efefe747d527d5d6c4cc333e8a9952aacfb26fda78dbbd0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Sad.pl f 0644 0:0 size=530 nlink=1 sha256=d055048a791b2c7cc173d70b4223dff25a3d1446c4c14d6d9c32b371ae91dea8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Seen.pl f 0644 0:0 size=561 nlink=1 sha256=9d5ac59a2521404b7233fdb956601eeb3d254c1028004babf3a0310a316d743f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Tah.pl f 0644 0:0 size=530 nlink=1 sha256=a790741f25d84f2882dded79dccb72044d281370605911f94f34c8c09e32123c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Waw.pl f 0644 0:0 size=561 nlink=1 sha256=1ee9dc4a912861c3cacaa1b571eccf40ece2bea7efd6931fca27976d259bfcdc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jg/Yeh.pl f 0644 0:0 size=571 nlink=1 sha256=8107b9df416506b2492fbeba42b28e018f6a6ded720de37981413897214385ab
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/C.pl f 0644 0:0 size=541 nlink=1 sha256=570e6482d54fc2efa2a26cc5637ae0321a39efabe3e1e6eac555edb2dde60b1f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/D.pl f 0644 0:0 size=1302 nlink=1 sha256=373578b4e2b62fc6e4e4333b971c69fa6f9a0312c2b6463c59b95a4dbd2696d7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/L.pl f 0644 0:0 size=551 nlink=1 sha256=ae9e8efe86fb8cd3a137f217016bac88ae7c751918350a58be4443e03929011a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/R.pl f 0644 0:0 size=1190 nlink=1 sha256=786d5743bcdede880649e68b851fd0196368aa1b739f72ca7a7a348cd20335da
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/T.pl f 0644 0:0 size=4360 nlink=1 sha256=81e4fd827b271afe17102f97584022f37823cd4d0a491843d61a4c9c6cf1fe42
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Jt/U.pl f 0644 0:0 size=4640 nlink=1 sha256=60f5dfc5fa9c30f0a06b6eae3978f6cca9ad29c962c5dd20a77e3e88bd56c46e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/AI.pl f 0644 0:0 size=1582 nlink=1 sha256=d8ba9c26a0e1d3343b072a839a87521f49672b2dbe33fe646549da676b469aa9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/AL.pl f 0644 0:0 size=9532 nlink=1 sha256=0b1b2c4f181508d1c3bf1f045f004342c0e68b46dcd5aacf55693f6e5a7c78aa
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/BA.pl f 0644 0:0 size=1615 nlink=1 sha256=f719cc701cff7ffe45c353650f149c3d37b79926226cf22949643e2029a0dcf2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/BB.pl f 0644 0:0 size=745 nlink=1 sha256=27e696fb6b1d0c4467042d68ea68384acd1065486f8c73d523b24036bd99696f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/CJ.pl f 0644 0:0 size=819 nlink=1 sha256=cbaa15510579af149222b5ee92ab988c379ecdd90adad6f0c7d8a18960e9cb60
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/CL.pl f 0644 0:0 size=1514 nlink=1 sha256=df42797e37b7c4134ef4756871e844711a94972a04ccd09b74906304a9000fe2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/CM.pl f 0644 0:0 size=3686 nlink=1 sha256=682567870a5f2c2dfcb1b986cb6dc60d0886bf566a9bab278c0a020fa5c1c228
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/EX.pl f 0644 0:0 size=759 nlink=1 sha256=f18a0e98499811f06c569616e3cb92bd5dab897434b65519580a72f0c0ba0f0c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/GL.pl f 0644 0:0 size=619 nlink=1 sha256=ffd1321ecbbcedc24973c1377e8f30f608308fea775e73694437accec25fa57c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/ID.pl f 0644 0:0 size=2593 nlink=1 sha256=dea1c31b5e60018b710ed0cde9a1528531259554f1fcf0bf87fe7199e615e598
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/IN.pl f 0644 0:0 size=534 nlink=1 sha256=b2126c228fcad461f058a07db508807218d60f53eeb6f3c17dd9d630676a1b09
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/IS.pl f 0644 0:0 size=581 nlink=1 sha256=04f7903baa7e911223e0e54cf12b2fae26fca5bdcdb2d9e2449dbb497e77a896
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/NS.pl f 0644 0:0 size=691 nlink=1 sha256=dc3f58d86b1a3d247c91bffd93ab8e36d6a6a9b48a55e67314a9e14281ec44b2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/NU.pl f 0644 0:0 size=1182 nlink=1 sha256=8ac6d0d34ca6d3535826c4d7422b2cb720c0fe977a877c0b91c3e522ca72a986
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/OP.pl f 0644 0:0 size=1516 nlink=1 sha256=6d4f68973fcbe3aa8913b72df2ffcfa5369116f6612163055a84390e594f5d18
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/PO.pl f 0644 0:0 size=743 nlink=1 sha256=67ffd3fd0f4a87b41163ba4e1c95dc536149fee3bc21f7f7e6e58a528fbcc3ed
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/PR.pl f 0644 0:0 size=737 nlink=1 sha256=64d72804d7d213277d184224aff6462a0e2a9dadb6ad4d89eeabd48495f926c7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/QU.pl f 0644 0:0 size=621 nlink=1 sha256=6f730bb67c9d5fb451dd40c66fad64c47df46848f9d5a6685e9663008ce1d731
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/SA.pl f 0644 0:0 size=857 nlink=1 sha256=d7fcbee41018357d53b8c7e8dc944592710569dd95047ef236eeacd47ebe03cc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lb/XX.pl f 0644 0:0 size=8060 nlink=1 sha256=ff5d2d21ae6ff1d0165c26828ed3cad61f3cc1dc31923bb764e90e175d18c570
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lower d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Lower/Y.pl f 0644 0:0 size=7359 nlink=1 sha256=b374f928724d6a9de60e1ab56cfb54b1aa2ebba02ea7c71a1965688f86a637aa
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Math d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Math/Y.pl f 0644 0:0 size=2094 nlink=1 sha256=bd1469838cc28c5451af97f32f64aaa1cacd529e6d162e93ad1e79c5368bae9b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFCQC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFCQC/M.pl f 0644 0:0 size=907 nlink=1 sha256=6567c5f195da8a890cf3148068662fe3efeabca768a7cee206f42976b27b9b30
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFCQC/Y.pl f 0644 0:0 size=1654 nlink=1 sha256=faede37a5d51db3892a54e989d3d254bff47ba3ae7f15fb9f5a92c4d71980d7e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFDQC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFDQC/N.pl f 0644 0:0 size=2898 nlink=1 sha256=fa542ce6089f5faa1b6657bad874c46272bdbf4051bc9df5d1cd91d061af5c0a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFDQC/Y.pl f 0644 0:0 size=2900 nlink=1 sha256=7bfcbbfc871ee968cf6f395e4189c20f052f3a16903d1601dbe64034269351e9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKCQC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKCQC/N.pl f 0644 0:0 size=3384 nlink=1 sha256=9e15302e8a9f659eb2f693e343a971ed73313b4ac0abf208007e2076d2777407
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKCQC/Y.pl f 0644 0:0 size=3766 nlink=1 sha256=453eb317546f6d341d32ec9a383c50c2a3554ac96d44b3742de79bc87ff3f14a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKDQC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKDQC/N.pl f 0644 0:0 size=4866 nlink=1 sha256=e4e747936bff0ff946dfab2b1befb40aab4f7bccae7d404608aeaaefd526d1ea
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/NFKDQC/Y.pl f 0644 0:0 size=4868 nlink=1 sha256=63f153f37f846acdc1a6c636de53c5962678b069da305aebebdfc64dda43a032
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nt d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nt/Di.pl f 0644 0:0 size=703 nlink=1 sha256=2ab651ca104ddfc919c9f859e2dabb3479e2b1d34b72b108c5628109a0b7fe05
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nt/None.pl f 0644 0:0 size=2924 nlink=1 sha256=795204001f5d1bc9370fd928f0d3d44d3dca96bb54464abf65b62b8b00306b78
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nt/Nu.pl f 0644 0:0 size=2316 nlink=1 sha256=7d094b812a2e37997af3eb8a785773847355f1494bc8a8da6ec6e5e84b0cd1a1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/0.pl f 0644 0:0 size=1424 nlink=1 sha256=0f311aca04a4b5327dde598ce145e14b45b74b5ab3504c769c1769d0c9496a92
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1.pl f 0644 0:0 size=2098 nlink=1 sha256=f5757bf94d275be8a53318a67f38e354021afdb177444b2f900344e2339981aa
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/10.pl f 0644 0:0 size=1180 nlink=1 sha256=b309acb1c89eabeaee1f3bcfe1f9e8a9214b74022b419fc1fef31555fcbbf05c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/100.pl f 0644 0:0 size=905 nlink=1 sha256=3324bbdd76f5945daee7b2164666c80099dca7f6b68e48c555db9a1bc240add9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1000.pl f 0644 0:0 size=739 nlink=1 sha256=273871b02fc57393765165e2a3899a9c1dd96317bf512dbb812dfd8e66c0db0e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/10000.pl f 0644 0:0 size=651 nlink=1 sha256=493afb0158f56e5d402d0e1e207aa572c696126c9fbd0aebfb225a86405094d4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/100000.pl f 0644 0:0 size=555 nlink=1 sha256=a129d5841433c7301d17629bd749d3813f928c9deca9feca2e3d2f23593a0949
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/11.pl f 0644 0:0 size=577 nlink=1 sha256=c945873ab14cdef50182cf96e2afc8e752907d108ea1fc1887924a782c9f98d2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/12.pl f 0644 0:0 size=577 nlink=1 sha256=7545f8860aab26cfa54a4fa4768f726728bd39118589ded53fce0b3ebd52bbdd
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/13.pl f 0644 0:0 size=557 nlink=1 sha256=3524997e07bba09e9dc8894c580e4917808aa108a76a6f68044c98f92ed29df5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/14.pl f 0644 0:0 size=557 nlink=1 sha256=8fedcbc90c9b7b79babb1469f4230893cf00823b42110382048cde8a41d90c13
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/15.pl f 0644 0:0 size=557 nlink=1 sha256=90cef701cfdc521cfefe8a039dc52d1a6b459dd89ce1d5cb1709a27f725545f4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/16.pl f 0644 0:0 size=567 nlink=1 sha256=be5215ec285906ee5112ebd861b2c553df103c82b072640f9b84e42ecb80a19a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/17.pl f 0644 0:0 size=567 nlink=1 sha256=bb828d5b3b048e9d16db9e6e2f21489fbb1f03995fa6af7c913398071418bff9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/18.pl f 0644 0:0 size=567 nlink=1 sha256=eec722dba262f3df0f0a4d26bc7fddd499a691ae7a51aa84964091e39f25ec9a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/19.pl f 0644 0:0 size=567 nlink=1 sha256=0a3a0d734b0afa60eb240a0f110fbee429fe6b7df07e06448c7a42ff21150db1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_16.pl f 0644 0:0 size=545 nlink=1 sha256=6da6d4cea2a00a18aa91d173c58f8150ff9ffad2b95fb414fda15c8f7d008f7f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_2.pl f 0644 0:0 size=689 nlink=1 sha256=35182accd86e5f95d84f53425acddba49a22ab2cf642038de45aa26b4e8c0955
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_3.pl f 0644 0:0 size=561 nlink=1 sha256=88fc7c0bd2b2d2fbe8804628ad7f51a062aa3f5f665a45173a3df4905bff59da
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_4.pl f 0644 0:0 size=639 nlink=1 sha256=ca1585b0c33a4624e7d338cc6d2c2f71f4ace843a06c6e41e059cc9314da460e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_6.pl f 0644 0:0 size=538 nlink=1 sha256=8944f1ca91d64e35754b1a987a6587af142476554e13f12336705ef1b15f25b4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/1_8.pl f 0644 0:0 size=567 nlink=1 sha256=66cce7086f58187e7558b3a6f76bfa8aad3bad14c1438dc4a42e2917e26a5b90
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/2.pl f 0644 0:0 size=2088 nlink=1 sha256=9f0486e09652e67878e8cc992293aa9ddc709247a9d207fc3d135651766f1128
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/20.pl f 0644 0:0 size=919 nlink=1 sha256=fe7d14f83e8ac133c23ae58081a854f4feb548902fd2ec6c85e8aba201c5509c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/200.pl f 0644 0:0 size=567 nlink=1 sha256=02a92366217368751655943718fa1a3a984ae1d75831bbe8d42bb1cf0dd2e49f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/2000.pl f 0644 0:0 size=557 nlink=1 sha256=19d6536479813b71faba6f3294a17361c9c85c85b1254a33abf7773716fa87a5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/20000.pl f 0644 0:0 size=542 nlink=1 sha256=ef61765bf674f693ff372d31df17644f67debf6937fea142fe761c41649448ca
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/2_3.pl f 0644 0:0 size=573 nlink=1 sha256=318f47715e33b640908d9ae6e7945c21b43b761e88138fccbda03d3578343b2d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/3.pl f 0644 0:0 size=2056 nlink=1 sha256=32e30ee4cfb5bb0afd3aee9fff745be47670bb2387ccffdd81857a552c7331c8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/30.pl f 0644 0:0 size=725 nlink=1 sha256=d0a6bd6d6f13947ae7c29ea71a9421b8cff1e8527f2c36ee377b3687c2fbf52c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/300.pl f 0644 0:0 size=579 nlink=1 sha256=ebd089b75fff93295d336527d8851bc052d3f6245b0cd1d7b0001e5b12626d44
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/3000.pl f 0644 0:0 size=542 nlink=1 sha256=c7a5ccfe11b29d4f873d6ddb282ea18754808766c9b201ec02ac0d1016b332b7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/30000.pl f 0644 0:0 size=542 nlink=1 sha256=cc6c6b17f04a89a822d7281a413eb9da327833a28ac6d16668757d068fc3cb4b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/3_16.pl f 0644 0:0 size=545 nlink=1 sha256=96f46f5280f57a393da74b8ba8b4035e475962c9011ecd0d1c39be4563bdd475
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/3_4.pl f 0644 0:0 size=591 nlink=1 sha256=25a48fce0bcb63d805556d025a9d7c5d19b77877afa7cf5c09d7095799a0452f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/4.pl f 0644 0:0 size=1976 nlink=1 sha256=b27e6c77b3d8fe17ca970d54e472217f537507d83c1c7e870cdbed0c9070ab43
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/40.pl f 0644 0:0 size=715 nlink=1 sha256=d269a5e15fa423b3b7348cc35027638566754236b1f8399d28dfba8b18927d28
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/400.pl f 0644 0:0 size=581 nlink=1 sha256=c9bd1e050f3dc4e47a1da6daac7471dacf032d709cf300863c033a3d3fe0cf05
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/4000.pl f 0644 0:0 size=542 nlink=1 sha256=34b605a0d74acffe04f5514646012594bc62ecf1b98dd5f2eaca01f169f3dd8e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/40000.pl f 0644 0:0 size=542 nlink=1 sha256=253e903f390aa6a5971cea0dc166fff5501751c0bf0fd56c6049bab341c0c180
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/5.pl f 0644 0:0 size=1998 nlink=1 sha256=66d835191fcef2f991cbaf1f3976eb54cf91ba13ded4fbf9cab72f21f9d14378
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/50.pl f 0644 0:0 size=801 nlink=1 sha256=ec15288b3f42c72f8f9e535ac0de01eab9224f7c371cec1f413ae5a12a550ad6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/500.pl f 0644 0:0 size=635 nlink=1 sha256=5464255d3994771556d1e98eb26452b24e0fcbd8cb8c877d8d9b7e2bdbcb5558
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/5000.pl f 0644 0:0 size=589 nlink=1 sha256=16163ec8199e846e60e5dfea80555bbf086d3b3ac54b68f4a71f462fb43f64f7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/50000.pl f 0644 0:0 size=577 nlink=1 sha256=a64fc51280a96548f46e75b6badb291ef2bcdd2984a90ee407820a552629e96e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/6.pl f 0644 0:0 size=1812 nlink=1 sha256=635f712d29f4cbf35effbcde4d295de834dc335b71117a38c20a0b783bd28bc6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/60.pl f 0644 0:0 size=651 nlink=1 sha256=b82f6c7fb91b89dbcb6ec84dfd706c8de10a0f253606f797ad8d8424bda8cd78
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/600.pl f 0644 0:0 size=581 nlink=1 sha256=fa6ebb09ed4a61830012af212e02a23cdcc0347416d5b8adba0bf8c38387bb89
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/6000.pl f 0644 0:0 size=542 nlink=1 sha256=e29a15062bd28d3697e6d58db9a7f56ccca3254dbf1a2966c491c25baf4c1730
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/60000.pl f 0644 0:0 size=542 nlink=1 sha256=612c9d70c40d7502c028fa4775ec234c7d13777215ceffcea86acbf117fac817
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/7.pl f 0644 0:0 size=1778 nlink=1 sha256=cd233b8c21388653a120e67cfaa7f4c4831f515c1bce07442a90dae622b746e0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/70.pl f 0644 0:0 size=651 nlink=1 sha256=d8a2984627c48331debd1f1d30b7b5d99ba155b192f4c0ca5bebb84b4929c281
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/700.pl f 0644 0:0 size=567 nlink=1 sha256=b89befadd9d5f0da95f1078f2592ce8672788f93328221865f4dd43b8b9e74e1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/7000.pl f 0644 0:0 size=542 nlink=1 sha256=3abe2c569d477a5e7cb861a2f6246b657bb1b2245c129cd8a48322d742469741
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/70000.pl f 0644 0:0 size=542 nlink=1 sha256=363e800c04f60e7073304d0f4d2cb49d01195c1244d508096d178a0a0410dfcd
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/8.pl f 0644 0:0 size=1740 nlink=1 sha256=0b1d1481e243d7e991a37938e6884a6118849212bda81e880e582dea6cc53b24
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/80.pl f 0644 0:0 size=639 nlink=1 sha256=e92f7fe4e93645ee30d21226e45cbe8d4e9cb9498fe6ebdc1682b60d640bd042
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/800.pl f 0644 0:0 size=567 nlink=1 sha256=c3945b52e738e5aec144bc3f698a5a3e9a83befbc6bb086396ef14ecdc5d855a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/8000.pl f 0644 0:0 size=542 nlink=1 sha256=afc31e1c0a8bf8dcbbc5312d98b72d0b4633f4784e98cb3ac72a6c3df4167840
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/80000.pl f 0644 0:0 size=542 nlink=1 sha256=c6f3d9487397ba6a54472e03e461ac44f175a5d28dcf0fdeaaa6082d607d03ed
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/9.pl f 0644 0:0 size=1766 nlink=1 sha256=0972d11a021d9051b5698e805dcc629c1538c7fd2c93bbec7a76c4e6bcb8ccb0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/90.pl f 0644 0:0 size=639 nlink=1 sha256=982951ac19a91ee6030a8cdf5f0f5d191259cda1eaf9b9b4a361f802af34ab92
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/900.pl f 0644 0:0 size=579 nlink=1 sha256=a18847e7b2d563e006b6b31edb733539e8c24680a8448e888528c4231e47de24
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/9000.pl f 0644 0:0 size=542 nlink=1 sha256=cba45f8959c90fae0f969bfaacc76bc43df9bb818cdc937cb462b4ca5245099e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Nv/90000.pl f 0644 0:0 size=542 nlink=1 sha256=81ba89dd6a65e9c646f21dca15d81069b0ab1bb639d61388108ba71566759196
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/PCM d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/PCM/Y.pl f 0644 0:0 size=565 nlink=1 sha256=6785edc50d410eb93b7b49c04d8dd542afec49fa69b2dd1009f8ff03968f6a36
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/PatSyn d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/PatSyn/Y.pl f 0644 0:0 size=748 nlink=1 sha256=8d5572cba2fde1b1f13992e077f7474cd504a7ccc2918150e5189cc251f490e0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Alnum.pl f 0644 0:0 size=9128 nlink=1 sha256=058dfd7965ca269ea9b7ae8d742f060ab39bfba1c2fc30ce7bae1fc070693c63
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Assigned.pl f 0644 0:0 size=8675 nlink=1 sha256=60d0144ac7db8159e80ef0ce56bdfc5a3e4b5afb775433b7c107ce45232463a6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Blank.pl f 0644 0:0 size=562 nlink=1 sha256=85e56efc15d5faf38cbbf8a270d27023b309908b7460dfa1ae2e5f423cbf0353
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Graph.pl f 0644 0:0 size=8724 nlink=1 sha256=619e156497242e08d23531c1cb1e3878f953c202981cf24bbc0bfc0a808a5c30
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/PerlWord.pl f 0644 0:0 size=515 nlink=1 sha256=cacfbf15dde3000f2642803927e83b726870db91be2257b4560ba71e1d596c35
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/PosixPun.pl f 0644 0:0 size=516 nlink=1 sha256=0d56a0ad11164905fd18fe89acb93a3868b79f069a8e4088cd6d5eb5be1d92d7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Print.pl f 0644 0:0 size=8694 nlink=1 sha256=4e4e1ab857e953b3a859ff44ab4701738b23266ae9d150270fd42f2a388c8d56
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/SpacePer.pl f 0644 0:0 size=580 nlink=1 sha256=5abec94276fbaf503d149e3f79e42f92b7bc11f6e5c962363c79db541331c777
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Title.pl f 0644 0:0 size=583 nlink=1 sha256=cb6883f4607411e3feebde903d680fd4ca0ebd6251fb12036549c3cbcf852931
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/Word.pl f 0644 0:0 size=9160 nlink=1 sha256=48502e8fcf400ccb74860569f89477fb77eb9fc01f83c872cb050ea3a2097256
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/XPosixPu.pl f 0644 0:0 size=2526 nlink=1 sha256=fba0514fd68660d0c7fe25191086f0608ca9ad4ec4bfb382ee2582044caaa72d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlAny.pl f 0644 0:0 size=1884 nlink=1 sha256=25870f9f1d2f9ebaf45b0bce88dc192876db6e9b73e98614b583d6ba96c8fa2f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlCh2.pl f 0644 0:0 size=9216 nlink=1 sha256=5a5c097593459b0ac598aa24e12f44dd75eb7f4e5ca826467dfcaae6fc9dc73c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlCha.pl f 0644 0:0 size=7952 nlink=1 sha256=849f50466385f9cc68fc4573f7516febdb6c9763d0113b5db76b8d4d9af375f9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlFol.pl f 0644 0:0 size=773 nlink=1 sha256=6bbaa9557d08a65ac6b5bf09ddcd63e5d2a5ea9673bfb2da7847b325db904d1e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlIDC.pl f 0644 0:0 size=9198 nlink=1 sha256=90cc92c384b29f007d52547dc174e26f2fc080e7c714e3a9c0783e133e89570e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlIDS.pl f 0644 0:0 size=7984 nlink=1 sha256=46f2c1bffbf94f523e1061db8bc13638201655d1936e85000f9d853cc0c18826
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlIsI.pl f 0644 0:0 size=827 nlink=1 sha256=6724ae83323dde905627e4f868b0863a679af2fb42f8e38a720b4cf3af220bfb
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlNch.pl f 0644 0:0 size=743 nlink=1 sha256=9192df1ef6775c1d53954392428ba0d40dfc67de483bb145e1ab7c8787185db0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlPat.pl f 0644 0:0 size=530 nlink=1 sha256=7c5af8e4196362fb137a83d6fe9e8f37109a95ca87211d5c6ce2cfceed2c5131
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlPr2.pl f 0644 0:0 size=603 nlink=1 sha256=85d751909ecb8a611b03560b98ecc9f3fc6612fec6ca1fee19d5598e5e0157bb
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlPro.pl f 0644 0:0 size=603 nlink=1 sha256=7cb776933eeab7da3153d0d51213f18f0efe67678d3f9ae01f4a64c1bfbfaef8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Perl/_PerlQuo.pl f 0644 0:0 size=881 nlink=1 sha256=a9468ee06511668bcd38a3a0ef6ff9d58a7fc5eba38c04a628db6dc23915859a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/QMark d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/QMark/Y.pl f 0644 0:0 size=623 nlink=1 sha256=96efbf213bc3e40b27bcc0be33604a7343c8dc918fb9516caf69fddd467ecb5f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/AT.pl f 0644 0:0 size=530 nlink=1 sha256=13304994b6cc3fae8653cd84cbdfd24ba927ce36e75584404feab2eba2230447
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/CL.pl f 0644 0:0 size=975 nlink=1 sha256=5638791ee7872e4b55de2ae28f64febfe6980ed8fa94552e0b76ba981a539693
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/EX.pl f 0644 0:0 size=3866 nlink=1 sha256=f0ccdbfca8402559e465223fd93880645f7bae0291edd83ed60a9f1081164d3d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/FO.pl f 0644 0:0 size=721 nlink=1 sha256=02974a34b571bb337eb7de7f4a8ed4e9e4a57eb424f8a260770766508f73c834
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/LE.pl f 0644 0:0 size=6616 nlink=1 sha256=322a4f8313669cd568eaef70070dd48fe3f38b5d698d4ac4293d8f3ee7e330ef
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/LO.pl f 0644 0:0 size=7331 nlink=1 sha256=4d9c7dd1612754bcedfbf426da25143a0e92c106d092eb34e1818dac1d9ccf00
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/NU.pl f 0644 0:0 size=1194 nlink=1 sha256=eef1a9b704f3c1c61ea8e6d9ce30e09abce68e8264a6c4f52c99468fd6b35d14
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/SC.pl f 0644 0:0 size=695 nlink=1 sha256=3c763fca394da1dfd44e6ca6206e204f45328feb9175dae72c2e72e857e54e98
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/ST.pl f 0644 0:0 size=1346 nlink=1 sha256=5f75a5d3a2e726685b318e487c5de0f2306698c925a373c95a8a578dc41ed8f3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/Sp.pl f 0644 0:0 size=568 nlink=1 sha256=f3746b02dde6ff5c706f07debf97e4b2e8e2f95aebf2d75008e1e00cd175bd4e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/UP.pl f 0644 0:0 size=7189 nlink=1 sha256=e972998b6d38f4a3098183fd1f9e12c0aefd6fb453a2c980d0693595b97612d8
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SB/XX.pl f 0644 0:0 size=9937 nlink=1 sha256=535c9e379a411eac7020e74beb722adfbe8eaa0c1ccb7b3dfea60fbda360e6c4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SD d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/SD/Y.pl f 0644 0:0 size=857 nlink=1 sha256=6a8f72ad979a6f8fadfe43e28dcec855d42bc1abf4939ca6300229ae1a8a8fe2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/STerm d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/STerm/Y.pl f 0644 0:0 size=1376 nlink=1 sha256=6893c39f8ac5bfecdb0c98db6c7a4180cbf6844ff96e47b87ae8620e80d4438e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Arab.pl f 0644 0:0 size=1216 nlink=1 sha256=a34bfe02e066db7fc536fa8f3130569948311cc8273489c5d69a8abc033fa861
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Beng.pl f 0644 0:0 size=631 nlink=1 sha256=5ac6dd323180494f5f1da70de1f813dbdcadc729939676cb20868e3394a1d20b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Cprt.pl f 0644 0:0 size=563 nlink=1 sha256=f7fe49c4831fd8ae69253f63e1214119dfe97b02e17a57bbd6c2febf80a89a26
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Cyrl.pl f 0644 0:0 size=577 nlink=1 sha256=b3cf0078ab9e67be4fb934be463833ae70b9d50b9775893b114c947fdc8fec4a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Deva.pl f 0644 0:0 size=532 nlink=1 sha256=92f9b377a329622dd0caf95c0baad074caa59636fcbeeb0c7c7870e86d7a4fc5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Dupl.pl f 0644 0:0 size=561 nlink=1 sha256=ab3c68bad99ce81b6f78754663ee3fc75250c00c26ca2966ea19113fec7cbbcc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Geor.pl f 0644 0:0 size=597 nlink=1 sha256=48e20ca6e50b7329d4070adf0d770943220359332baf518843f128adee576871
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Glag.pl f 0644 0:0 size=573 nlink=1 sha256=214691fabbf8ac8bfda64687ec9ca8a4fb0b9026619653ca1d658fdab4de4ea7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Gong.pl f 0644 0:0 size=563 nlink=1 sha256=2f6fe4fe01cc64149db38e606a1fe4ba44d04d1d5bf9128e4e0583b2c0605664
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Gonm.pl f 0644 0:0 size=575 nlink=1 sha256=c37eb6b04df10473e21de1ec93310158c60b20d7cb255a80d1378cd97c01f3cd
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Gran.pl f 0644 0:0 size=671 nlink=1 sha256=6f494f913f6cbb6573adda1a3dd9fcf979c15a854bdde17181e5101b0377c264
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Grek.pl f 0644 0:0 size=841 nlink=1 sha256=81b809b9e9cc2199e42ef01a79b5fa3f571c46ae54dd9b56f9d0d05a9bfdd609
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Gujr.pl f 0644 0:0 size=631 nlink=1 sha256=b93349a0104bc0862b2fda4c3e830ac63a3e076c85ba23b11beef440cdf9465d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Guru.pl f 0644 0:0 size=651 nlink=1 sha256=795ca39d895b75f595cc598692df812df2b3e70c0fc55832e6d603dd6248b5d5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Han.pl f 0644 0:0 size=745 nlink=1 sha256=b1d44d54dd7051ca7853286639fa9651c9a250758b050fde424b9ba7c4247d84
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Hang.pl f 0644 0:0 size=657 nlink=1 sha256=b2464d7388ba0953faacfc73cfc71cc4d1a1b88ecc76b0b05ff9db3daaddf769
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Hira.pl f 0644 0:0 size=557 nlink=1 sha256=b23b09b69f9b84bd619d562a8f4a2f806b94b1c4ff9e84cd00b59ea52231284a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Kana.pl f 0644 0:0 size=659 nlink=1 sha256=73354b599aced96e2fa94ffbd67c60fa1f0ddf25dfb42a59a4e461d480962513
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Knda.pl f 0644 0:0 size=621 nlink=1 sha256=51d0df5dc48066b33709added99f354e85de886d31ab79e6e4d533a226dc2607
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Latn.pl f 0644 0:0 size=888 nlink=1 sha256=6d91f7d7d56042e99f73749b81b89801ab3ae3d4931846fa01a15083ef2a630a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Limb.pl f 0644 0:0 size=541 nlink=1 sha256=0250c9fba46dc00cc6bcb913310d123d7f495321bd1a054889ca33b0f3330dce
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Linb.pl f 0644 0:0 size=575 nlink=1 sha256=ed8c4148b5cd8e45c207aaa6ac5c8514944dd2cdd6e97926b5452ac1b8c0700b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Mlym.pl f 0644 0:0 size=561 nlink=1 sha256=aab361fefae5981a5ea5a5b57dd3abd31b11b3fc601b92b649bc6e328ba0c8a9
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Mong.pl f 0644 0:0 size=553 nlink=1 sha256=20682dd5741c8166dbdc07aab973061b92c4fc4405e928880180d018834759b5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Mult.pl f 0644 0:0 size=551 nlink=1 sha256=f8e7f91639c0beda7996985ea6321042da3e5d490d469fbed04efee1c04257e7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Orya.pl f 0644 0:0 size=631 nlink=1 sha256=843ad757ba6e83fb2822cf602770ecbcfeb3606049dac64470548fc8945e97d4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Sinh.pl f 0644 0:0 size=623 nlink=1 sha256=9fab08578873254f5097703bbd00f030e2fc0fbcc15bb531b57546928e2e6a04
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Syrc.pl f 0644 0:0 size=530 nlink=1 sha256=3f7683f40f0d112609f37262301332e7288d8992d2fe81136e789490a0c49d7b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Taml.pl f 0644 0:0 size=675 nlink=1 sha256=08e3cfb538af6f022b23b4917f0cf4a532d02192719b3dcb2e5cedae08bceb5d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Telu.pl f 0644 0:0 size=621 nlink=1 sha256=3c71e9d8ee7604823b46afc7335df0c4d33dbd589e1ef723de628ea5684a7706
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Zinh.pl f 0644 0:0 size=821 nlink=1 sha256=7d62561d1ff8fe8c4bab46d621142768a590d6926db83e3cfb051acc0fd39327
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Sc/Zyyy.pl f 0644 0:0 size=2602 nlink=1 sha256=ddbd8b543da0070afc7855b964eb6b8799909ead8e5d573670083abbcc4facd6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Adlm.pl f 0644 0:0 size=553 nlink=1 sha256=b828957b95fb7092afb371904e91d863b9ab4e35fd237263b44b0c5d8b9ee669
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Arab.pl f 0644 0:0 size=1156 nlink=1 sha256=1a8afbf926b5a9e67d9ba79f1d1abf04459bea420d6b64e40ccd3f1156993daf
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Armn.pl f 0644 0:0 size=532 nlink=1 sha256=dd0a5301c67e9ec6f959c2ef255c3351859ff63f4fbcf659ac1f1fc392b4dc2c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Beng.pl f 0644 0:0 size=753 nlink=1 sha256=7f42575db94bbe817da7ca1af873c9d48ab7028d22484c4ed25ad03b297407e1
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Bhks.pl f 0644 0:0 size=538 nlink=1 sha256=dd3bee3872f1bf580d6b886bfa40489d3d2cc3defe82e382e81fbf589ef6c22f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Bopo.pl f 0644 0:0 size=631 nlink=1 sha256=00d3a1ff2ca2c1afa20a3a82bc695daade2522280d85609448d26104ba59b826
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Cakm.pl f 0644 0:0 size=534 nlink=1 sha256=fc0f0e44c38c198d40781de1f6824304747c7c20430a6e9dd8e345364c700ed4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Cham.pl f 0644 0:0 size=538 nlink=1 sha256=baf8d172b57d130e12039ddea3d3ec0fc602441dfe88cef0ced13070f6b3ac6d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Copt.pl f 0644 0:0 size=535 nlink=1 sha256=de0a0baa46ac5a5efe740e3433b81ec2c2f2d9c3ccb85381ecc7557bea5e02ce
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Cprt.pl f 0644 0:0 size=599 nlink=1 sha256=ed031de92b04274b2dcb4784e405b889a9c439eeeebd4a1b5ee957a8644659ae
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Cyrl.pl f 0644 0:0 size=589 nlink=1 sha256=bc76346e7903c20492dbfbc904574e24f517bb690ba4e00d5717407ebc677946
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Deva.pl f 0644 0:0 size=565 nlink=1 sha256=5b856b6caefc09aa80b3477fa787bc27e03c3deea727b8bcf31844e0d44fa857
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Diak.pl f 0644 0:0 size=587 nlink=1 sha256=6eb333b92e4f3d3eb02ff3a291004f77938fcfc659d084c20a67cdf6f4c63349
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Dupl.pl f 0644 0:0 size=561 nlink=1 sha256=6f3ab1535c411e4b2a14812d6222aa56b55ea14e9369fe2b6d62eab359bdd8f2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Ethi.pl f 0644 0:0 size=895 nlink=1 sha256=4312b0c1611ca67341281bf03e4d901a3557c1dc19233b5b080d44d2106aca2a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Geor.pl f 0644 0:0 size=587 nlink=1 sha256=74758dcc2e26b61ecb1166b0c33e215176478dcec3024a74b67b6cb49fdce718
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Glag.pl f 0644 0:0 size=617 nlink=1 sha256=f58b10564d05c21350d3573243b8e5894e4f89a3da6c25567cf35bb150864a5b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Gong.pl f 0644 0:0 size=573 nlink=1 sha256=61ea33e7a566ae6713d4395f8132a339a85f26d1cff84f46af5a55b18ff841e2
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Gonm.pl f 0644 0:0 size=585 nlink=1 sha256=65d7b653ab8c449f4b8032cae7317e5b01f066f37d9de6d7092dede064d3d8a7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Gran.pl f 0644 0:0 size=775 nlink=1 sha256=cdb1b1eb627c8852f117a81bf1218fda9abe7b0b490beae0ab16c891073e75f4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Grek.pl f 0644 0:0 size=857 nlink=1 sha256=81981911035d1fe80b28408ade5c3efd728ec51d8586a2632452768439562f54
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Gujr.pl f 0644 0:0 size=663 nlink=1 sha256=065fcef0a8cd00684938c9d03dab570aa0fd9a415c9c3982a5e4a5cef1f60ab4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Guru.pl f 0644 0:0 size=683 nlink=1 sha256=78d060828ebc7a523c43cec48edafa0e1d603c9e6d8b94c3657ae707bf63320c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Han.pl f 0644 0:0 size=953 nlink=1 sha256=4db632a52b91dacddea99d85131e14f83f5b4397d663705a123351fada0146a7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hang.pl f 0644 0:0 size=741 nlink=1 sha256=91cd36f3d2567408c5234d6a9d0e2bd60bc46d99b4819962c47a4f82e9bb1786
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hebr.pl f 0644 0:0 size=593 nlink=1 sha256=72e4d90bf13c2c5786fb1fcc00754594f0da809b1d19fdbc37b4357873fb9b63
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hira.pl f 0644 0:0 size=689 nlink=1 sha256=f630b1c2f08721ae5161c7147844ddb876872b0c861b21d9a917869d28bb5086
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hmng.pl f 0644 0:0 size=551 nlink=1 sha256=185284a61a9938c6f18b1201b07f710da90a5981a802b5791b5d4a627bf766b6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Hmnp.pl f 0644 0:0 size=546 nlink=1 sha256=ad14e64b9d3ef129c7a3ffeefb3a195330655d371df17f9d92bef13e71e3979b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Kana.pl f 0644 0:0 size=731 nlink=1 sha256=b02ce0b1a73c35f5a68bf997d1a4cf48fcee30ed70e889c3b0ba9dec118d4171
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Khar.pl f 0644 0:0 size=587 nlink=1 sha256=a7e76d6286b8d4e4d0e8cc146a7a4d6fac84bc82266721b6da8dfe935e3a777a
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Khmr.pl f 0644 0:0 size=530 nlink=1 sha256=b2f7cb2673edf270b648b3079edfdfdacd1145ba8bc46f80292bead8710b5d66
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Khoj.pl f 0644 0:0 size=536 nlink=1 sha256=3a3f37e82e8b373dd4a1dfc7b2b5a02b6d8c02989b83b997b9a35f1c1853f964
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Knda.pl f 0644 0:0 size=703 nlink=1 sha256=3b584cddf3224c1a33c9b6690aad329c28971bb42e7424d26e5700f33953fe59
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Kthi.pl f 0644 0:0 size=536 nlink=1 sha256=59b5a165e35bbe2782f46239b9722df224ab3273e47cda123e37c07efb511f4e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Lana.pl f 0644 0:0 size=541 nlink=1 sha256=c9755b9199869ba59e498fc668de5f81a3e291c7250784bf7e5ab18734c01a00
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Lao.pl f 0644 0:0 size=601 nlink=1 sha256=c5d3f98f0942a6519c50a7b288df67f750cb05062f139185efe0d6d169acbe75
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Latn.pl f 0644 0:0 size=970 nlink=1 sha256=aa9a990a846ee95f2d7fc2d9c54c5f58bff15a629d3a749a72e8fe2acb2b767b
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Limb.pl f 0644 0:0 size=551 nlink=1 sha256=372c9dd28aa8f7bbf0329302592f741878c055a5c51ca8f7fb077566b337924e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Lina.pl f 0644 0:0 size=538 nlink=1 sha256=b21fe163d0ca4dda8aec1effca9e483d490fb3ead1aeeedf3b00e5815ff35a46
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Linb.pl f 0644 0:0 size=611 nlink=1 sha256=8fe6fc0ebb096a08936331f3d7594400dd056f8fbcb61956e9b258b7f5e3d443
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Mlym.pl f 0644 0:0 size=603 nlink=1 sha256=369c87a7608edcb21c969224f973bade10cdcb646c6125eda2de2de62db5d1cf
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Mong.pl f 0644 0:0 size=543 nlink=1 sha256=c37b50d5eb3cee3fb30ee6d82c611e096adeddc81f8a0a9d8c1a380ecb187afb
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Mult.pl f 0644 0:0 size=561 nlink=1 sha256=203e5a34f8dcc10f47e2b88e825212b635da677c5cd07fdec3e29620a84f5746
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Mymr.pl f 0644 0:0 size=536 nlink=1 sha256=02067bf1974ac649646bdeaa15812294d0c82cc001b01c61cf88302658f531f3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Nand.pl f 0644 0:0 size=589 nlink=1 sha256=daff96548e7f630408ee0e4ae338b3dcdacf335a60f476ccf492db0034c1a0bf
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Nko.pl f 0644 0:0 size=553 nlink=1 sha256=06147e41a1f43c3d3fe6ea7b8f007a3b82900f0e67dbf61c85a40211bf501c6d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Orya.pl f 0644 0:0 size=671 nlink=1 sha256=ddb56c69b58e0cae0ac958f7b9d6ca0d0d617265da2c77aacd2b88ee7ad0087c
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Phlp.pl f 0644 0:0 size=536 nlink=1 sha256=917f32b45652dea8d7cd4a7b8ee2b3c588181f088574b80a8bd12ff39373c730
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Rohg.pl f 0644 0:0 size=565 nlink=1 sha256=835690874e7f700835563d56d7c0595d8c143eb7eed8fee1f8c02350e968dc68
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Shrd.pl f 0644 0:0 size=553 nlink=1 sha256=32de0ee41d02b8c4fceb611950220bed785e1b82252265ae1aa2eaa0643a46d3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Sind.pl f 0644 0:0 size=536 nlink=1 sha256=12adc015d2cdad5853a689d846277014f2be069015fcfcef857a3e0974c2ac58
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Sinh.pl f 0644 0:0 size=633 nlink=1 sha256=c8b196c343b2a805a3c9ffbd86523c5ca8e69acb040f080b65d58cc9723cae2f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Syrc.pl f 0644 0:0 size=611 nlink=1 sha256=5562d6fffa4e6757f07a6922f9084f732b3d145d21ba2145f3e672609eebe4d4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Tagb.pl f 0644 0:0 size=530 nlink=1 sha256=1ba0a8da2bd7220ceba0803fa843c52e15404743f14414f51473eae5f444914e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Takr.pl f 0644 0:0 size=536 nlink=1 sha256=da1a4c0ad3d2531e56914e111a27851db288ec29e2c3c8e20823de30be780e94
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Talu.pl f 0644 0:0 size=530 nlink=1 sha256=dd51f8ba8c1cba150a9e05afc80aa86d0d8e29ea6252cda1444fdb06238d971d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Taml.pl f 0644 0:0 size=753 nlink=1 sha256=b4c2826d2591cbef79e3c0ddb7addd309082311e6d9d98dfc4a668e87733b075
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Tang.pl f 0644 0:0 size=543 nlink=1 sha256=1a62be3115170e5ef0e215e6ca55d6272802b92fa11b43f63002537c9553cf2e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Telu.pl f 0644 0:0 size=661 nlink=1 sha256=b9983bb4936f98d3d31ecdcfdf3f52f36092808eedeed7c0302c37323d240569
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Thaa.pl f 0644 0:0 size=565 nlink=1 sha256=9011335fd24c786bd5bd0e9b85532847f6858f447aa92fdbd18dc35bb6e6f2c7
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Tibt.pl f 0644 0:0 size=561 nlink=1 sha256=1c9e2acd1214895924057666adb569960c00cbd48e1c71237703acba7d90a2bc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Tirh.pl f 0644 0:0 size=557 nlink=1 sha256=5d358d3bb82c51b4b84305bd77182c73c8c99d7e51b5379a88b7856e11d868f4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Vith.pl f 0644 0:0 size=587 nlink=1 sha256=304a9309d7e99698dad43a45cc7bd74159e406ffdc6005b829ba92cdcb4ef796
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Xsux.pl f 0644 0:0 size=538 nlink=1 sha256=2992ab3d5a7600e6f7b4bc75b57177587b6a56046381fe2308f063334386c9eb
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Yezi.pl f 0644 0:0 size=567 nlink=1 sha256=3a5a7d4c8eaf6cece53baa5967b44a865e4398cbb967b20559aff68f15f6ac14
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Yi.pl f 0644 0:0 size=575 nlink=1 sha256=09ae0dfc28d2b92139d0ee4fd8cba7d565f6c809819740230e24a2b47eb5a58d
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Zinh.pl f 0644 0:0 size=719 nlink=1 sha256=e7f88ccca66d2a34f83b528d9ccc414278a07c805063ca98017c826d4e08f421
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Zyyy.pl f 0644 0:0 size=2314 nlink=1 sha256=4f3d379824e5e0ad123ff86d60a5822da25628a8955fe2ab1334cf566185e2ef
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Scx/Zzzz.pl f 0644 0:0 size=8642 nlink=1 sha256=5cbd66c4417b24789b34416566a85c2f3bb832eaa7d2d9c6e0ab5871bbd5dc00
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Term d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Term/Y.pl f 0644 0:0 size=1676 nlink=1 sha256=fabdcbe3e786ac583a980c4686356723dcf0efe63280f2a7aef71db305031abc
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/UIdeo d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/UIdeo/Y.pl f 0644 0:0 size=683 nlink=1 sha256=cbe68ff7933814f06f771f7eae7e3837f9a0e13e7766ff69f1f4d84c5160347f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Upper d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Upper/Y.pl f 0644 0:0 size=7179 nlink=1 sha256=c2528d59218a5bda98220a6a42ad191bb64a8492b87c16b5c16f899c287ea445
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/VS d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/VS/Y.pl f 0644 0:0 size=536 nlink=1 sha256=8b621992079df7da680802b623e4a5d4c765cf3a64bb53d586d26b1c85a42b98
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo/R.pl f 0644 0:0 size=1475 nlink=1 sha256=af4d407f5ab98a7c4b75ec11ec7c0aba8fe584dc030619abb0d7ad5610259251
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo/Tr.pl f 0644 0:0 size=657 nlink=1 sha256=f2b3afd8ec3bdb59ac5a3764e85405965af7a1ca48d2085f4a4f871b1d1c0953
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo/Tu.pl f 0644 0:0 size=901 nlink=1 sha256=fc783174191027f12a89648a18c6af9dd411752a112e3af3485e521442e7ae9e
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/Vo/U.pl f 0644 0:0 size=1941 nlink=1 sha256=8a0557480f6e4f5545abb68e7afa9579c7af9132aebe4fa9689592a0fe021585
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/EX.pl f 0644 0:0 size=563 nlink=1 sha256=718898e54d689b550697f5d2bd1a1ce676d2df87602c7023effe51a9bb435267
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/Extend.pl f 0644 0:0 size=3880 nlink=1 sha256=303a7c5015fb878e2965b4692870e5f4d3ee83d0a8a49801df4db9307b155081
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/FO.pl f 0644 0:0 size=711 nlink=1 sha256=4b2e73ce2f1eb4715384578aae0de98393f7d5691eccc2c62807e9ec1a4942d6
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/HL.pl f 0644 0:0 size=607 nlink=1 sha256=b2a43cbb7e3e00ce5d641519b76af093dba1d66fa9e332ca505c427c45984e0f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/KA.pl f 0644 0:0 size=671 nlink=1 sha256=28473acba06b9b65e7149b242965c37a8f7394deea4803b66f9e311b8a465f7f
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/LE.pl f 0644 0:0 size=6989 nlink=1 sha256=0b1dec4270fcc33e8934986b2586ff7b0c9cfa03ac6a08c63d57bfc41cdfebf4
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/MB.pl f 0644 0:0 size=553 nlink=1 sha256=08a060454f4a3be252d8a2796914b4216f051730f58e951eca9d797a91416fad
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/ML.pl f 0644 0:0 size=579 nlink=1 sha256=9d98850e8f22a6251d8bd5bd23ca2c305cd715a7e6afcdf87358fd8ef4a4e835
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/MN.pl f 0644 0:0 size=633 nlink=1 sha256=d40ce01f2eac4907c062ceb137d9c6aaa02fbead7fb11cb1e474a26e76d01f77
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/NU.pl f 0644 0:0 size=1194 nlink=1 sha256=00aeed2304a4fef766c93c32c8ab7d8f8e5407c83d675805268caf7dcd27e205
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/WSegSpac.pl f 0644 0:0 size=549 nlink=1 sha256=b997a7441db3ec042b0b2d0796c56006cfb49b2de02128cd3bf4d444586417c3
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/WB/XX.pl f 0644 0:0 size=9243 nlink=1 sha256=67c68dd0f16e10e48efc8479b704a88a6a436ed02b7e384a028bdb11d5a74645
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDC d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDC/Y.pl f 0644 0:0 size=9198 nlink=1 sha256=15a6dce8ccebcb5577b27a72eb854518cbcf98a21fcb7ad9a15bec00aae1a4d5
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDS d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/unicore/lib/XIDS/Y.pl f 0644 0:0 size=7968 nlink=1 sha256=257e1a493996ba187f0aebc28c1a4bb275784b49877b23be86beeee40a9bc517
/usr/lib/x86_64-linux-gnu/perl-base/utf8.pm f 0644 0:0 size=341 nlink=1 sha256=2d801cd218ff7bee41a9fd6ba6f35040aa3fe89ae2738ba48e8c3aa24397455e
/usr/lib/x86_64-linux-gnu/perl-base/vars.pm f 0644 0:0 size=1148 nlink=1 sha256=4df4ccb7cb05495f7d7b47c472bae0c92ee7b82aae0a2b31c23ca7bff9504163
/usr/lib/x86_64-linux-gnu/perl-base/warnings d 0755 0:0
/usr/lib/x86_64-linux-gnu/perl-base/warnings.pm f 0644 0:0 size=29669 nlink=1 sha256=5ed5b961055c9ee30c3820e02a8811f4b3d4d45420adbc5842e42f80b2d3ed4f
/usr/lib/x86_64-linux-gnu/perl-base/warnings/register.pm f 0644 0:0 size=488 nlink=1 sha256=962110d3faf3e55749a260d97edaf8a9d31293b0f33d2e7771663a9ef364aa94
/usr/lib/x86_64-linux-gnu/security d 0755 0:0
/usr/lib/x86_64-linux-gnu/security/pam_access.so f 0644 0:0 size=18432 nlink=1 sha256=023551e6d0c4fb0f91f1b43811060f6638f6d59b615044bc82eb8b7c2aab0ad0
/usr/lib/x86_64-linux-gnu/security/pam_debug.so f 0644 0:0 size=14416 nlink=1 sha256=d77d93e6e4c853a6bc99394a434db0f936be462be3f8457194aadf63f2e9da75
/usr/lib/x86_64-linux-gnu/security/pam_deny.so f 0644 0:0 size=14040 nlink=1 sha256=2d194230379b94a0a82ec1ff6884c3d988ee24dc36ec42533fab0c93894b683e
/usr/lib/x86_64-linux-gnu/security/pam_echo.so f 0644 0:0 size=14336 nlink=1 sha256=2c0301832977c74cc15d11c5b9634f0ea937b50cd8dab74ffe17d518835a484d
/usr/lib/x86_64-linux-gnu/security/pam_env.so f 0644 0:0 size=18432 nlink=1 sha256=be29cce1c84b74aabedd9bd0a523b788cd1e35da4f933a27c47d76209b085924
/usr/lib/x86_64-linux-gnu/security/pam_exec.so f 0644 0:0 size=18512 nlink=1 sha256=a73022118422ca22932c10c501d3cc31ddb90599be0148749d78d8fbadc993ed
/usr/lib/x86_64-linux-gnu/security/pam_faildelay.so f 0644 0:0 size=14336 nlink=1 sha256=dc14b04555d56b54da508571e9c0c1dce0e490a8b8d7d8f5aa626cb92adc2900
/usr/lib/x86_64-linux-gnu/security/pam_faillock.so f 0644 0:0 size=22528 nlink=1 sha256=6ebfe3fdb7c3b93e59aef151b3aa06713f601038b28fec05c3b8aa7cd2861ab7
/usr/lib/x86_64-linux-gnu/security/pam_filter.so f 0644 0:0 size=18432 nlink=1 sha256=db23f67b3c0733961ee6c7007a84a72dba2e2488f9d8770c2b9a85aa2f485764
/usr/lib/x86_64-linux-gnu/security/pam_ftp.so f 0644 0:0 size=14336 nlink=1 sha256=d3390f746244411b85a870157710d4926a36d581043f899e5a72c71d8692897f
/usr/lib/x86_64-linux-gnu/security/pam_group.so f 0644 0:0 size=18512 nlink=1 sha256=211ad939336c95c46bcb6953da5665885c21f15869cf2caa4dcfa6071550e9b2
/usr/lib/x86_64-linux-gnu/security/pam_issue.so f 0644 0:0 size=14336 nlink=1 sha256=a25005106f7701f5c5642ea012d8bc5218d88e3d68f2525c20b113589c3d1a10
/usr/lib/x86_64-linux-gnu/security/pam_keyinit.so f 0644 0:0 size=14336 nlink=1 sha256=3ab4b04a84c0dedb4b1185ecb2dc0b4df480b4f247bbcc7f4101c632d9e8692f
/usr/lib/x86_64-linux-gnu/security/pam_lastlog.so f 0644 0:0 size=18456 nlink=1 sha256=5478de0a0a287b92e84ea32f8c132ddf516258f84e82a7b134035e61e90ee6a1
/usr/lib/x86_64-linux-gnu/security/pam_limits.so f 0644 0:0 size=30800 nlink=1 sha256=ee1f2176e57085ecc740dde4d079a5178afa7cbfbb18cf6221787eb8747bb53e
/usr/lib/x86_64-linux-gnu/security/pam_listfile.so f 0644 0:0 size=14336 nlink=1 sha256=debc824652cd63a962ee652bf6edb655f3695d2949d2c2c1ccbe8c4baf259676
/usr/lib/x86_64-linux-gnu/security/pam_localuser.so f 0644 0:0 size=14336 nlink=1 sha256=d1be6ae7cb7f5acdf55970382915347ca65449dd6c0faf78491d4e467b4e00a8
/usr/lib/x86_64-linux-gnu/security/pam_loginuid.so f 0644 0:0 size=14336 nlink=1 sha256=fcb7bc926a523b20ff29792f9a23dcade3821cf6ec0ce757547d582dbc73218e
/usr/lib/x86_64-linux-gnu/security/pam_mail.so f 0644 0:0 size=14336 nlink=1 sha256=d38f82bcc2bbacc7b53dd011205c0180c2105cdf53cebed669d6b72811be25de
/usr/lib/x86_64-linux-gnu/security/pam_mkhomedir.so f 0644 0:0 size=14336 nlink=1 sha256=5438795c299614f472cc90b7e6abd4f2f1ab157153d93e96d9a877bdf68d4b71
/usr/lib/x86_64-linux-gnu/security/pam_motd.so f 0644 0:0 size=14336 nlink=1 sha256=7d1969944e10f3c52741e20b07bbc64cc6f1ce55f4a8e95259a6ca22f4242682
/usr/lib/x86_64-linux-gnu/security/pam_namespace.so f 0644 0:0 size=43120 nlink=1 sha256=4341f709771697ddcc6544e3c4da1ab41e85d1dbdd749d2f5a7d3b5bdaf94786
/usr/lib/x86_64-linux-gnu/security/pam_nologin.so f 0644 0:0 size=14336 nlink=1 sha256=c1ef1a35f8f1f510897ac320b870224217e3dfbbea4ca26d62ea8f055bdde117
/usr/lib/x86_64-linux-gnu/security/pam_permit.so f 0644 0:0 size=14336 nlink=1 sha256=3200a6c75de66e9d1fdd6234ae02c4946cfb52ae4f096bd02b287dd6f5400fad
/usr/lib/x86_64-linux-gnu/security/pam_pwhistory.so f 0644 0:0 size=22528 nlink=1 sha256=2d92c3f39faa9f940d650340dec07d69a0083e0dffd4f817fbbdaa286f73d086
/usr/lib/x86_64-linux-gnu/security/pam_rhosts.so f 0644 0:0 size=14336 nlink=1 sha256=a3542a4514219e51f2b7462f00dd4f293980cfe535c006eece5819ec1eb3a4c3
/usr/lib/x86_64-linux-gnu/security/pam_rootok.so f 0644 0:0 size=14336 nlink=1 sha256=a8391cbca9ad633787b1eb03dc4641a3c31f0390b6f56181500943a560149e6a
/usr/lib/x86_64-linux-gnu/security/pam_securetty.so f 0644 0:0 size=14336 nlink=1 sha256=0232a800e3791c58dce72921f76d60e6802ce7a68ce04edb7dcf206a7f6467d9
/usr/lib/x86_64-linux-gnu/security/pam_selinux.so f 0644 0:0 size=22528 nlink=1 sha256=20d1560e0e32f1dee213b8858c81f2ec041dbd675339410a41335e5e90d67aa5
/usr/lib/x86_64-linux-gnu/security/pam_sepermit.so f 0644 0:0 size=18432 nlink=1 sha256=f3bcdac96d81cfcb2deca8929dcdd14827fb4a52d2621dffc3ffd0bff5953ee5
/usr/lib/x86_64-linux-gnu/security/pam_setquota.so f 0644 0:0 size=14336 nlink=1 sha256=1062785304813c2af703adefc31aa4f6ef58debef7d62877055122129a92411b
/usr/lib/x86_64-linux-gnu/security/pam_shells.so f 0644 0:0 size=14336 nlink=1 sha256=6199948a3285b8958580b8dfbb9a6fb28287b604472d481c24632a4bfc3cb457
/usr/lib/x86_64-linux-gnu/security/pam_stress.so f 0644 0:0 size=18432 nlink=1 sha256=2cd9f706a6bb11f5eee1233cd431d5fb9a35558026be6f1f97164f389902e902
/usr/lib/x86_64-linux-gnu/security/pam_succeed_if.so f 0644 0:0 size=18432 nlink=1 sha256=f9f9823f0994c34298f9d92e24c35d5e7ebff1f294017068d5685927afc43aef
/usr/lib/x86_64-linux-gnu/security/pam_time.so f 0644 0:0 size=18512 nlink=1 sha256=86e58ecea9bbd70ef7c1015317b5909f292d325b0a99262a6181606d9f2b9b13
/usr/lib/x86_64-linux-gnu/security/pam_timestamp.so f 0644 0:0 size=22616 nlink=1 sha256=1cf0a740e5e98946754313cf1c9648a927208bb9a21fc2b9cd024e201f0f08a3
/usr/lib/x86_64-linux-gnu/security/pam_tty_audit.so f 0644 0:0 size=14336 nlink=1 sha256=c0d8715d3351622c129b814ca43b29f5d046967417adf3416655e04e0de0b7b9
/usr/lib/x86_64-linux-gnu/security/pam_umask.so f 0644 0:0 size=14336 nlink=1 sha256=0901177f38d12d710fc9eb236b923dfa3a8e40722071d678084593a68f507792
/usr/lib/x86_64-linux-gnu/security/pam_unix.so f 0644 0:0 size=55376 nlink=1 sha256=f4ef9b05d76c72ff807e82929e745ae34e769f0caab1e357163ebc63eb1621b1
/usr/lib/x86_64-linux-gnu/security/pam_userdb.so f 0644 0:0 size=14336 nlink=1 sha256=a4bff04056b6efc63df85a17a7f7864c1bacfd25af852fdadadf42bdc023af68
/usr/lib/x86_64-linux-gnu/security/pam_usertype.so f 0644 0:0 size=14336 nlink=1 sha256=ac51ce5203a699fcc60eb011dcb25e4cc88b3b2690cf7d9814ad47553c41985d
/usr/lib/x86_64-linux-gnu/security/pam_warn.so f 0644 0:0 size=14336 nlink=1 sha256=3447e56420e5e41740cd7107e85916512d380f0bd74465138b42c63d58d29cb3
/usr/lib/x86_64-linux-gnu/security/pam_wheel.so f 0644 0:0 size=14336 nlink=1 sha256=9ce68c2967208dacd87361792743c6688e8077b7b70a0b37d9759e3c02167937
/usr/lib/x86_64-linux-gnu/security/pam_xauth.so f 0644 0:0 size=22528 nlink=1 sha256=9e2dd11a70fd9815c954892786accab8c22373ad561986f5ccf4dd55539b2982
/usr/lib64 d 0755 0:0
/usr/lib64/ld-linux-x86-64.so.2 l 0777 0:0 -> /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
/usr/libexec d 0755 0:0
/usr/libexec/coreutils d 0755 0:0
/usr/libexec/coreutils/libstdbuf.so f 0755 0:0 size=14480 nlink=1 sha256=9425cd01d9f9780a649c562ad6cdb427c6d95a9a3992bdda23bac793eaac3fa3
/usr/libexec/dpkg d 0755 0:0
/usr/libexec/dpkg/dpkg-db-backup f 0755 0:0 size=2569 nlink=1 sha256=1682a97ec2312acb51b2434a1479e9be7da5d668d98bfccd7eefd0f6ed21e923
/usr/local d 0755 0:0
/usr/local/bin d 0755 0:0
/usr/local/etc d 0755 0:0
/usr/local/games d 0755 0:0
/usr/local/include d 0755 0:0
/usr/local/lib d 0755 0:0
/usr/local/man l 0777 0:0 -> share/man
/usr/local/sbin d 0755 0:0
/usr/local/share d 0755 0:0
/usr/local/share/man d 0755 0:0
/usr/local/src d 0755 0:0
/usr/sbin d 0755 0:0
/usr/sbin/add-shell f 0755 0:0 size=1053 nlink=1 sha256=5f1dfc6dd41bb0ef61e9de280b1ddecc6c3a23fa07a2eea293032fe1e488ea2d
/usr/sbin/addgroup l 0777 0:0 -> adduser
/usr/sbin/adduser f 0755 0:0 size=48382 nlink=1 sha256=ad8ec15dc661b2ccb236584721c8395a0dd910151d486b0c1440b715ba1beb70
/usr/sbin/agetty f 0755 0:0 size=69112 nlink=1 sha256=d1c9c3a87f41fd5124ee4408199f87531523df6f00c061f6e5fdb18356698439
/usr/sbin/badblocks f 0755 0:0 size=35072 nlink=1 sha256=b7e58739572712b489f05ef8baaf87fa964d863b52cbcc042b1c44b9b200e58e
/usr/sbin/blkdiscard f 0755 0:0 size=35136 nlink=1 sha256=67016b039dc83ada042248662b251e0a71b7b47b7d675d734f55787154774bd2
/usr/sbin/blkid f 0755 0:0 size=125280 nlink=1 sha256=ab10c6b429da2e2f490bec27f2cab23aa7bd8a2d143c0271ac0350b3febe732a
/usr/sbin/blkzone f 0755 0:0 size=80192 nlink=1 sha256=9b6d1a03ee43b330101fb36c2881949ebf2a4f95246235fa697187af21856495
/usr/sbin/blockdev f 0755 0:0 size=80192 nlink=1 sha256=8ba4afa028af417aa2d05f5067b3343a8ba8d0d2df2cc231b5cda89f4eaa620d
/usr/sbin/chcpu f 0755 0:0 size=47416 nlink=1 sha256=6cc96ca157cc0c0f69869ed7c81030c875a49867e1ef913bd97df899ef6af06f
/usr/sbin/chgpasswd f 0755 0:0 size=67880 nlink=1 sha256=9ef262ef3f0a017c0ee1c11e23481b8a3042eed1138eb1f570ec437fa06834fc
/usr/sbin/chmem f 0755 0:0 size=67904 nlink=1 sha256=11500507dfd23221e2ba0c2bc63e1c1ce8b99690e85889096b28eaef5cff6753
/usr/sbin/chpasswd f 0755 0:0 size=63856 nlink=1 sha256=5b688463c60918e4b8040aa4b4fb21e3a701d297232b96fc41b1308138626844
/usr/sbin/chroot f 0755 0:0 size=48112 nlink=1 sha256=dc44f0ec5a5f7d2a881061b047b7bbd8e9de3b41db5daadbd672ebdbf24190b6
/usr/sbin/cpgr l 0777 0:0 -> cppw
/usr/sbin/cppw f 0755 0:0 size=61880 nlink=1 sha256=29fa0c521708effe4d430b4bc56e15c4668b225163c6cd1e83a03c48bcf1436f
/usr/sbin/ctrlaltdel f 0755 0:0 size=39224 nlink=1 sha256=f2771c2b978003b889c2c254673e91c0dc0b77a68250de2309bd793c6a45487c
/usr/sbin/debugfs f 0755 0:0 size=239440 nlink=1 sha256=be6904c094fb1ebd18c8282b3f872a4b9914e20e445a18b076282104d93cb3c6
/usr/sbin/delgroup l 0777 0:0 -> deluser
/usr/sbin/deluser f 0755 0:0 size=16727 nlink=1 sha256=79352ddc341d192b8a9f50a8266229179dbad37618126fd4fc741e32aec2145b
/usr/sbin/dpkg-fsys-usrunmess f 0755 0:0 size=17401 nlink=1 sha256=7ba4056678a5a2cc9ac17a011e528cdb0dede6c771265ca0874e1bdb85ef4981
/usr/sbin/dpkg-preconfigure f 0755 0:0 size=3925 nlink=1 sha256=557485d11a8ff37fc59614628d135302114e4f8712caf341e8d63c4802c591e9
/usr/sbin/dpkg-reconfigure f 0755 0:0 size=4485 nlink=1 sha256=79973e05dd4b47a6b5bd0de43dbfb2951e7b9c8548f4219688f36b44c0933335
/usr/sbin/dumpe2fs f 0755 0:0 size=31040 nlink=1 sha256=b95869045079389bde892c398c8147e4ca728eea83e53d5de8e2d818509f7e16
/usr/sbin/e2freefrag f 0755 0:0 size=14648 nlink=1 sha256=49abd1b457973d027e6f8ac5c1f789cec03704db61f029bacb0625f2bf2ab535
/usr/sbin/e2fsck f 0755 0:0 size=356624 nlink=1 sha256=c54f467a7cab52d61bc44ad010044a1f08653c1baff2f65497796f1cc793c4a6
/usr/sbin/e2image f 0755 0:0 size=55760 nlink=1 sha256=e59ac8688d359b299ab7f6953b8b87a70c61c775bef3966a3758f2df04c5ede3
/usr/sbin/e2label l 0777 0:0 -> tune2fs
/usr/sbin/e2mmpstatus l 0777 0:0 -> dumpe2fs
/usr/sbin/e2scrub f 0755 0:0 size=7294 nlink=1 sha256=c5e1eda9531d83b3dabcc5d54d6ead03af0180f903a626fa429a02d2e9acd056
/usr/sbin/e2scrub_all f 0755 0:0 size=5394 nlink=1 sha256=ca2883dfcc5568121cf4afe5d1556a4fdaa5e24c6677d56e1c03da07bfc5356b
/usr/sbin/e2undo f 0755 0:0 size=22840 nlink=1 sha256=86b1804793123c5bebdc307e7612e34f61f8c20938239a1225265dde306dee18
/usr/sbin/e4crypt f 0755 0:0 size=26936 nlink=1 sha256=93229ee8753f107a34ae149cc557020a5bafd796a050c458f9238c4d530da1ea
/usr/sbin/e4defrag f 0755 0:0 size=30960 nlink=1 sha256=c608b51681effd3cf05a93fba25aff70605ed16a1fba6b6b715e7e89b2b10140
/usr/sbin/faillock f 0755 0:0 size=14584 nlink=1 sha256=cfee822ce2be6056c0e1dac550926445e719da2c7839ab28d4604fb27f64f6a3
/usr/sbin/filefrag f 0755 0:0 size=18696 nlink=1 sha256=f690176b4fd48c7a0ebcefdbd051cf63391b7c234d8af2e2bc8a8f05adbd7070
/usr/sbin/findfs f 0755 0:0 size=14648 nlink=1 sha256=d45a33fd317fa26dbef727b35b8012e85e8b3b91d34f8026badb3a80d6092966
/usr/sbin/fsck f 0755 0:0 size=55664 nlink=1 sha256=835945ad0709dcb91f3dbae99b7b713bdd59c7fa4c99ba750d49df6ea1d81c56
/usr/sbin/fsck.cramfs f 0755 0:0 size=43384 nlink=1 sha256=d1f11e4244fb56a600c11600b1aa0510d569fe865329fcd6b98dc1d0164254a9
/usr/sbin/fsck.ext2 l 0777 0:0 -> e2fsck
/usr/sbin/fsck.ext3 l 0777 0:0 -> e2fsck
/usr/sbin/fsck.ext4 l 0777 0:0 -> e2fsck
/usr/sbin/fsck.minix f 0755 0:0 size=125272 nlink=1 sha256=0d5b559ea70645531b61cf953a6a2b1cd50588c19d40aedca0b8e291e90d1c83
/usr/sbin/fsfreeze f 0755 0:0 size=14648 nlink=1 sha256=67b175a10f92f0985bd9843b1d38cce81b32db2954a3662c0ccfa2e23654a5eb
/usr/sbin/fstab-decode f 0755 0:0 size=14576 nlink=1 sha256=b2a8e82cce5cd23a84f27ae2f55274a51a35d9309d34172d2d4f9ecbdd824f65
/usr/sbin/fstrim f 0755 0:0 size=76096 nlink=1 sha256=651ca7b2580ad5ff03249fabc8e4c0c39b134d22116fa5e4935b37fe693634f7
/usr/sbin/getty l 0777 0:0 -> agetty
/usr/sbin/groupadd f 0755 0:0 size=101416 nlink=1 sha256=8261929420f9eb93885df8a8dee887005b72ee0d373141e224722cd5618617c1
/usr/sbin/groupdel f 0755 0:0 size=88936 nlink=1 sha256=f62198ce039707df321a464d6073538dc8221a96641975d31a3b15c1bf0cb154
/usr/sbin/groupmems f 0755 0:0 size=67920 nlink=1 sha256=5cb82031083ab0429b61978c1378eff875d08ecfd9cf94f608073ec6634b8c0c
/usr/sbin/groupmod f 0755 0:0 size=101384 nlink=1 sha256=41ce61cae05c64518f23d0add473f52cf5b9eef7e762ed911ff872ca2fbf798d
/usr/sbin/grpck f 0755 0:0 size=67888 nlink=1 sha256=e25d7abc5cdde8ac0d5fd3fbae69dcb40d59ad13ca83c580d0cc31a70f8cef43
/usr/sbin/grpconv f 0755 0:0 size=59536 nlink=1 sha256=a5451fdcdb52eb15c8acdf4884392ca28627d6b02f3e3a3e2f5c08eeadb849a4
/usr/sbin/grpunconv f 0755 0:0 size=59536 nlink=1 sha256=a6fe6400ba37ab4c8389b29b48bdcf188b9a09d1a9a56a6230c95fe5795cf336
/usr/sbin/hwclock f 0755 0:0 size=88512 nlink=1 sha256=30c2c3cba8ff7770d8c199ba200b8458a0794a82f8cab8fc53a3c2b2407b41f0
/usr/sbin/iconvconfig f 0755 0:0 size=31584 nlink=1 sha256=b7719be63d928c6a86cf25a01b3120e798f741ffeb6bd771ab2c8c55183b068d
/usr/sbin/installkernel f 0755 0:0 size=2659 nlink=1 sha256=a9a13478fa2ebf2945f01a5275f9d9c02202ed28b320c990837926c22837ff75
/usr/sbin/invoke-rc.d f 0755 0:0 size=16517 nlink=1 sha256=1d389fa6f6297e77b2ba1d2df4a6ec60f4d4d37815b727889f38ba602e713f77
/usr/sbin/isosize f 0755 0:0 size=31040 nlink=1 sha256=d823e05563dbda41909d744b5a7a7418affe87e2f9792dc7c600638c438fe28a
/usr/sbin/killall5 f 0755 0:0 size=26944 nlink=1 sha256=ed97c8f189a24ef4f4195f406c17c1d49fa8567f32d2c4498106b3f68ef3fe99
/usr/sbin/ldattach f 0755 0:0 size=35136 nlink=1 sha256=14eea581f2238d820a8c012991e6db7521e60f6d78a0c06e066627be58ac6838
/usr/sbin/ldconfig f 0755 0:0 size=982880 nlink=1 sha256=9fe518ff7e31cbeb3b9f10595f06251d10a578b12ebfdbe5ac1854fa8e8def25
/usr/sbin/logsave f 0755 0:0 size=14424 nlink=1 sha256=b7884a3f462ea60a81b261c745ae9fd1209e8762a709c92f2a63c1cd1d61b08e
/usr/sbin/losetup f 0755 0:0 size=117168 nlink=1 sha256=fd08f6a34b4c42274c55713804bfaaf70e00db02b7ed2084ea8924a38758239b
/usr/sbin/mke2fs f 0755 0:0 size=141904 nlink=1 sha256=86706a8f295ffc70ff52d2510decc49c15e91144622b17d02916e50d37187c7c
/usr/sbin/mkfs f 0755 0:0 size=14648 nlink=1 sha256=6bc6f8dad521975b177ca48594fa4f2da891956e6fa13dc7e0adb2d13b08f8d2
/usr/sbin/mkfs.bfs f 0755 0:0 size=35136 nlink=1 sha256=c3c539bfe909f0ef40e7d9c07b58937e5f2805236e60d7d3134a320f876ce8d3
/usr/sbin/mkfs.cramfs f 0755 0:0 size=43256 nlink=1 sha256=cbe0c8032c0b96d08105382a85be8268c45dfea451d4c4be33e0c17ed49a7d7f
/usr/sbin/mkfs.ext2 l 0777 0:0 -> mke2fs
/usr/sbin/mkfs.ext3 l 0777 0:0 -> mke2fs
/usr/sbin/mkfs.ext4 l 0777 0:0 -> mke2fs
/usr/sbin/mkfs.minix f 0755 0:0 size=112968 nlink=1 sha256=855e98bd9e34aca0820972eb947edbf0ec399d2c38aff90ae6cbe8464d5ebeda
/usr/sbin/mkhomedir_helper f 0755 0:0 size=22800 nlink=1 sha256=571b1bc88635e60664f80b4b49ec7812bc2406b3573f2880f6eb223d176842b4
/usr/sbin/mklost+found f 0755 0:0 size=14576 nlink=1 sha256=229950ade8489f9d3d7c133702f06743dce60feb016e93ef0ff13425cae41365
/usr/sbin/mkswap f 0755 0:0 size=117056 nlink=1 sha256=4a549960c0a99838f7b6095acc2df7d60e8084e435ae252b93b2910b22304c16
/usr/sbin/newusers f 0755 0:0 size=105392 nlink=1 sha256=e8454e7ba6e4a090d873a775ef2d515a24b6ed86ecb417cb13f7688212217f62
/usr/sbin/nologin f 0755 0:0 size=14568 nlink=1 sha256=0c17108c1facfaa607d255358c9f8f614bb291ae1fa5768736d913703afffa62
/usr/sbin/pam-auth-update f 0755 0:0 size=21288 nlink=1 sha256=b46dcfcd89682917c2840e0b42ad6cfd0bd18ec4930e58ac840a63356e3cae61
/usr/sbin/pam_getenv f 0755 0:0 size=2890 nlink=1 sha256=982cca7d6a9afe07d7ba3fc929082ef11ed1cadb88d253f6464bfc0a19730674
/usr/sbin/pam_namespace_helper f 0755 0:0 size=467 nlink=1 sha256=b0ff59c7a906621eca1869f9f93c79ba1dc52fdaeed482e55c81aeda148764c0
/usr/sbin/pam_timestamp_check f 0755 0:0 size=14584 nlink=1 sha256=9def81a8f1cec31b9164da6b97e958e6345519ddbbcee92667665d05e5a9ee35
/usr/sbin/pivot_root f 0755 0:0 size=14648 nlink=1 sha256=15bbc6ce441b699921a6727d995d4bba49406fbe835a25250ac8d6da3e458d20
/usr/sbin/pwck f 0755 0:0 size=59656 nlink=1 sha256=25163b4ca1080eb5a573548fbb5f62786b481ceaefe2c67b1c9982a05e3a401a
/usr/sbin/pwconv f 0755 0:0 size=55432 nlink=1 sha256=95367c27c76972671aa9dfe025a2b373d48272c0a71fd2e826f6a0d2498f670a
/usr/sbin/pwhistory_helper f 0755 0:0 size=18680 nlink=1 sha256=f4e36d8d129c6711447329a627cba4e17143341a4e2ed6c17eee9e2112fab2b5
/usr/sbin/pwunconv f 0755 0:0 size=55472 nlink=1 sha256=a4e837bb694a65137f09e1a58e3e70b9fb04ee7db5216a921be23e858d573e36
/usr/sbin/readprofile f 0755 0:0 size=35168 nlink=1 sha256=8d1618fcd396817899b73bca3ffc2811b4b515bdfe2bb1dcde335892081de8d1
/usr/sbin/remove-shell f 0755 0:0 size=1111 nlink=1 sha256=cb2689259c4a8ccb17d885be93607cfe75f812fa393fe610d343d8d928925328
/usr/sbin/resize2fs f 0755 0:0 size=63800 nlink=1 sha256=8eb2e75bbd122d792aef4d225aa8b2c624f98620509083e44382aa27e02c717a
/usr/sbin/rmt l 0777 0:0 -> /etc/alternatives/rmt
/usr/sbin/rmt-tar f 0755 0:0 size=60432 nlink=1 sha256=060502950741a35000d8b4f95b31efca21406247dc2e3f8a7a49687e164f53a2
/usr/sbin/rtcwake f 0755 0:0 size=47424 nlink=1 sha256=c42b271d2a0ba585702a6cb345c46ef6d75c054cd2a4014d497c0c39f14ae893
/usr/sbin/runuser f 0755 0:0 size=72000 nlink=1 sha256=ba649e8c19747c9fd9a1852fdedb79d02b9290d3e84c582d77f22e8277629238
/usr/sbin/service f 0755 0:0 size=9107 nlink=1 sha256=9c6ba675e2c90ec70c58e252ae67a4705d63519c4a004bf7c66bebbfbc4282ff
/usr/sbin/shadowconfig f 0755 0:0 size=2273 nlink=1 sha256=d8d3130436613e44fbce44c4ebdc84cf73ea535f9d0882973bee600dcf549caf
/usr/sbin/start-stop-daemon f 0755 0:0 size=44464 nlink=1 sha256=1c218ca7feb91c9c97b09e1c36d77a0d72e7f0ab11e86d39da1bd9238e1a61ac
/usr/sbin/sulogin f 0755 0:0 size=55616 nlink=1 sha256=53ce6d5414a1b60ee1eb8c668a9ea17e689fed0be7458991f0636ff6be4b7a73
/usr/sbin/swaplabel f 0755 0:0 size=18744 nlink=1 sha256=b4cbabed7ab256e94bc75e845cf95b9a36c64a770605dae39c2077da2de8bdfc
/usr/sbin/swapoff f 0755 0:0 size=22840 nlink=1 sha256=99bb2960d04c6ebe322efbb206b70542d853573dab327f5281870349b66866c3
/usr/sbin/swapon f 0755 0:0 size=51512 nlink=1 sha256=83971b1529f0a94be9e5af7489bab1e4c4bd32c3ffddcdcb6d5cef417bbb8198
/usr/sbin/switch_root f 0755 0:0 size=18744 nlink=1 sha256=f7a2c3e88944e58b62b5a628b8424f3d564df0f3d6350305eef3cc6e0f21d853
/usr/sbin/tarcat f 0755 0:0 size=936 nlink=1 sha256=4307aa7cc97a4db32a674ad32f893b251188903cafa6d5266c813fc5c9ea755e
/usr/sbin/tune2fs f 0755 0:0 size=117264 nlink=1 sha256=e4fd70f39163bbd928ddfa20dd13c6ac5268e80254006df0f8041a84efbe2980
/usr/sbin/unix_chkpwd f 2755 0:42 size=39160 nlink=1 sha256=0ef065c7d555e7dc66789956ae2a67547a98a38fc5f846373975c85e95009345
/usr/sbin/unix_update f 0755 0:0 size=39160 nlink=1 sha256=012993ae028daf83dfaa2a7552772450e1ce211be315e7ea5a37a3ac261025db
/usr/sbin/update-passwd f 0755 0:0 size=39416 nlink=1 sha256=565e3e900a4b6d2a1359e803a5d644c5096692b6e31077c352da4f833f2f553f
/usr/sbin/update-rc.d f 0755 0:0 size=17742 nlink=1 sha256=89667635d9a6796bcf64e0fabde441f094fe15f566cd2ca02961a5081f5c1813
/usr/sbin/update-shells f 0755 0:0 size=3984 nlink=1 sha256=0079738d21220c98b819c31f86e96d595be427115ef55c7b5c1e7c78afc3104d
/usr/sbin/useradd f 0755 0:0 size=159536 nlink=1 sha256=a4019d514585c2c4b9c6be4bc97e6983d910a41956da428cc744577e72cdc5ff
/usr/sbin/userdel f 0755 0:0 size=113608 nlink=1 sha256=ef801e1dc2f21ec9a75cabf9c385c76f1dca91c87f88cb9335a71248db293743
/usr/sbin/usermod f 0755 0:0 size=147056 nlink=1 sha256=a02478978b0e0b2ff259b4d33b3f05c7845e51189929a9dc924d3f5db0967102
/usr/sbin/vigr l 0777 0:0 -> vipw
/usr/sbin/vipw f 0755 0:0 size=74384 nlink=1 sha256=def13298eae570eefb09dfd9fa5e56c56859df8d11b6d5b069c35b803e546f16
/usr/sbin/wipefs f 0755 0:0 size=47424 nlink=1 sha256=132927bbbd4f3d2e0a94ca0c6aa2016b3a3d81378e126acf462d1fcb3b0e7d32
/usr/sbin/zic f 0755 0:0 size=60136 nlink=1 sha256=846e87bfa456801913aa03f775c8fbc5690322bdecaff73d7a48a718ccbca22b
/usr/sbin/zramctl f 0755 0:0 size=117168 nlink=1 sha256=1c269b39457eeabad9c13850d35e7577c5db863183bee1bf723e546487e1dca3
/usr/share d 0755 0:0
/usr/share/base-files d 0755 0:0
/usr/share/base-files/dot.bashrc f 0644 0:0 size=571 nlink=1 sha256=373b7d3b2ab90d75daf94ca16d61339d088c12020ad43b65d1b34ea80b0c0818
/usr/share/base-files/dot.profile f 0644 0:0 size=161 nlink=1 sha256=bbee58b1e0787bb851e7f7a4d0c187a8122d68eb67e5fa464696310398ac005b
/usr/share/base-files/dot.profile.md5sums f 0644 0:0 size=72 nlink=1 sha256=8961ee041c712c735fb05287740ab62737777bd58ce631b54b07d8083efad3bf
/usr/share/base-files/info.dir f 0644 0:0 size=781 nlink=1 sha256=c58a258cb9c410c29486aa8fa37f4e5b738bfeedc2b8e97be1cd6cff1df28459
/usr/share/base-files/motd f 0644 0:0 size=286 nlink=1 sha256=a378977155fb42bb006496321cbe31f74cbda803c3f6ca590f30e76d1afad921
/usr/share/base-files/profile f 0644 0:0 size=769 nlink=1 sha256=75656c9c0f960573c7530d29286d273f6cef68d9b17cfeb0d74c712860d56b74
/usr/share/base-files/profile.md5sums f 0644 0:0 size=651 nlink=1 sha256=1fa84254053acaf326946957456e58714bd3b4c1efa311e272e03855a85a5ea9
/usr/share/base-files/staff-group-for-usr-local f 0644 0:0 size=772 nlink=1 sha256=24f49f765b6363ba8326121b46cabad2ac5c34532cc8322a645d60afe158c4f0
/usr/share/base-passwd d 0755 0:0
/usr/share/base-passwd/group.master f 0644 0:0 size=434 nlink=1 sha256=0cc1a09e6a22f2c31ef0279e880f5e53bfb9fc86eb4a57fa8bfcbcd6ad72fc41
/usr/share/base-passwd/passwd.master f 0644 0:0 size=839 nlink=1 sha256=461a76b6b52e84fe0b2939fb0a1e7f95eb146a5802ae6993faf8bcdac7233a9b
/usr/share/bash-completion d 0755 0:0
/usr/share/bash-completion/completions d 0755 0:0
/usr/share/bash-completion/completions/addpart f 0644 0:0 size=484 nlink=1 sha256=7fb6cd0cbae547ea8306fb04c3e7041556668f62bda47e7633991e9eef828a77
/usr/share/bash-completion/completions/apt f 0644 0:0 size=7513 nlink=1 sha256=55d65e6cc7191d95fe7c13853b2aceb909935a12085dfeee4907acaa83a5ecf6
/usr/share/bash-completion/completions/blkdiscard f 0644 0:0 size=686 nlink=1 sha256=6a5dc6113e482c70f3f7a7c7958f4ff0b36f0bbd297558fa3c65a91b7357cc2b
/usr/share/bash-completion/completions/blkid f 0644 0:0 size=2151 nlink=1 sha256=2c896ad65a9e42d3f21c831227f5d295310127f6c421aca43c1e3253d44ac665
/usr/share/bash-completion/completions/blkzone f 0644 0:0 size=1014 nlink=1 sha256=c798cb5b92106e332768d11394c5190857b7c9ef98bf87befdc2a7e256dcfaec
/usr/share/bash-completion/completions/blockdev f 0644 0:0 size=760 nlink=1 sha256=c14829e957b336b0bf3aa62f2b856028520840c058a74f6a70cd320a7f1d2a31
/usr/share/bash-completion/completions/chcpu f 0644 0:0 size=1522 nlink=1 sha256=38548158ca1b6d13b515c4fb5107a6fc85ae04c8444f3edd75e98e42dba100f6
/usr/share/bash-completion/completions/chmem f 0644 0:0 size=501 nlink=1 sha256=6bb1f0dbb7af9f2891badb28f90e7ab9b82647a4b982a284b541968f669f2a9f
/usr/share/bash-completion/completions/chrt f 0644 0:0 size=920 nlink=1 sha256=1dd13080d71c8d880e628eee89e8f493c979441692ef364e01ca8c8a761d381e
/usr/share/bash-completion/completions/ctrlaltdel f 0644 0:0 size=335 nlink=1 sha256=52021091a5554e9b6275cdabbf1820ccd18eff38d8b0094284ef7fb68c38f66f
/usr/share/bash-completion/completions/debconf f 0644 0:0 size=294 nlink=1 sha256=45a6978806b39111a579c0e7d4e85937bd6c8e20c3f6732d3ecf5fbd2344cfb0
/usr/share/bash-completion/completions/debconf-show l 0777 0:0 -> debconf
/usr/share/bash-completion/completions/delpart f 0644 0:0 size=563 nlink=1 sha256=4b27f347f4b8856172a212db48303df4dba707c7bc1de8256a338a4242269ed4
/usr/share/bash-completion/completions/dmesg f 0644 0:0 size=1239 nlink=1 sha256=5765edc85385066f4f8427b7218d312c2f568ae6dc7e8dc5bb41d2819dcbce1a
/usr/share/bash-completion/completions/fallocate f 0644 0:0 size=721 nlink=1 sha256=f775a5a4e4d051193cfc5dbcc2ba373d5cfe350604f3c4b79372ef4a7e494f02
/usr/share/bash-completion/completions/fincore f 0644 0:0 size=916 nlink=1 sha256=0d66d90486e2f0b6eee9a962adc762cd19f7311b42d344cf47e49ef1261f90e4
/usr/share/bash-completion/completions/findfs f 0644 0:0 size=695 nlink=1 sha256=ff73ffe3f15cc6ec0bfeed0a2c87b67eb1c9890ec5e7a23d18eab733d16c0df8
/usr/share/bash-completion/completions/findmnt f 0644 0:0 size=3195 nlink=1 sha256=40332dfec0e1d317cf5f9782d95cec282e649635b33e6449d67f664f74ae5199
/usr/share/bash-completion/completions/flock f 0644 0:0 size=874 nlink=1 sha256=4ea2ecf934319c37348fddefdf0f028614ce04cc1840574242bf47219cb0a8c8
/usr/share/bash-completion/completions/fsck f 0644 0:0 size=770 nlink=1 sha256=183d49b2ac2b2dc1c8b1d970c564d1450f2fd941e9cdf035c55d729cc6de4f31
/usr/share/bash-completion/completions/fsck.cramfs f 0644 0:0 size=702 nlink=1 sha256=248bfdb2a17799ca341ffe8f80d516a44f0bfa695f0bdc5bf8b54805ba551f3d
/usr/share/bash-completion/completions/fsck.minix f 0644 0:0 size=418 nlink=1 sha256=a8469028d2e503e95d4deba084007f3880d58ea7b862390f27dbd75d1cd47b3b
/usr/share/bash-completion/completions/fsfreeze f 0644 0:0 size=524 nlink=1 sha256=7f99f914f660697f78e57850e4e70c027e73a0aa5074a28bd3a5d25c2564b371
/usr/share/bash-completion/completions/fstrim f 0644 0:0 size=743 nlink=1 sha256=8e71286c19d02fb52ebaada127f60ada3d8009f332c13663e5e8ade7b0091ecc
/usr/share/bash-completion/completions/getopt f 0644 0:0 size=815 nlink=1 sha256=0ae50ed789c556f2abdabe09362169d385f9facf1bd05c13cf57b3f8e0078a5d
/usr/share/bash-completion/completions/hardlink f 0644 0:0 size=604 nlink=1 sha256=c2267922720dca8e99a257a4538c3fde276bbc72602613ceb699472c53bcba93
/usr/share/bash-completion/completions/hwclock f 0644 0:0 size=1162 nlink=1 sha256=45e99f2820185faf90598798842dfc1a1847131f3a909f601a88ec3652cd9084
/usr/share/bash-completion/completions/ionice f 0644 0:0 size=1161 nlink=1 sha256=8a92b4a98b89f6c3af9baf94aab2cc24f58e0e2c4ffc6e2ea822cdc093d940ff
/usr/share/bash-completion/completions/ipcmk f 0644 0:0 size=576 nlink=1 sha256=701db74a1133159cf159c9a182a46eb77ecdab618c52e373f432b3924d8e2707
/usr/share/bash-completion/completions/ipcrm f 0644 0:0 size=1423 nlink=1 sha256=454731bfb20b7be1e41f5b0704536a549ebf7ee755d64bd9ef882b04ae84173d
/usr/share/bash-completion/completions/ipcs f 0644 0:0 size=514 nlink=1 sha256=c8d2fc0706082e013fdec16a7b7fcc3aadbc0c3e22f87d8a818d9aa95f364acf
/usr/share/bash-completion/completions/isosize f 0644 0:0 size=529 nlink=1 sha256=0afdd61db90044908eef15ef623eb9e6f4598cdfe581f20b1b812650d961f567
/usr/share/bash-completion/completions/last f 0644 0:0 size=949 nlink=1 sha256=406ba6772a881f22d10cad9096093673513c8426e81594c44977e1a57e7c4724
/usr/share/bash-completion/completions/lastb l 0777 0:0 -> last
/usr/share/bash-completion/completions/ldattach f 0644 0:0 size=1472 nlink=1 sha256=f2a5396940e79dbdeea768970b2960d067e8a2fb78e9379a1b1b0fa250906595
/usr/share/bash-completion/completions/logger f 0644 0:0 size=1553 nlink=1 sha256=20a52821ce9e70f58e72f9050e3037aba96986aa39403a7b36bf5fac3de1b2c5
/usr/share/bash-completion/completions/losetup f 0644 0:0 size=1738 nlink=1 sha256=97287d6f705c048fe6fa6e78c2e9693af0e3fdcc13efe56bbbebc6c7fdf71a93
/usr/share/bash-completion/completions/lsblk f 0644 0:0 size=2212 nlink=1 sha256=af58e0229e97667d2a6fe308598ca477d834bef52874b0027b6e6be1c0ca48ee
/usr/share/bash-completion/completions/lscpu f 0644 0:0 size=1066 nlink=1 sha256=7ec059e2ec6a5d1b942c3d2ee97bb46e90db4718fcb9f32b16b932c83c301e64
/usr/share/bash-completion/completions/lsipc f 0644 0:0 size=1310 nlink=1 sha256=650711cc8c467b10fc463a333d3bba815810ae9cc1dd8b5c8bc0181b9721df82
/usr/share/bash-completion/completions/lsirq f 0644 0:0 size=816 nlink=1 sha256=f96cb1256d51c5da328e513746c4e8f9becc68194015e9cb7a72efef94f82a81
/usr/share/bash-completion/completions/lslocks f 0644 0:0 size=1084 nlink=1 sha256=57b7d517dee24e93362bafa490b7904f37286f954a2bed21b256b3ca1fd8f4d9
/usr/share/bash-completion/completions/lslogins f 0644 0:0 size=1751 nlink=1 sha256=83e99df185866d7249e3c7e0f521e3532678f43a69a675db18d4da00719cda26
/usr/share/bash-completion/completions/lsmem f 0644 0:0 size=1069 nlink=1 sha256=d6d396f2c0581a5a3a6ab1bd9ba3c12a6159bd370bafb58d73ffa1f638a7eb56
/usr/share/bash-completion/completions/lsns f 0644 0:0 size=1191 nlink=1 sha256=48d857b7124298243da9467e1ab2c32244784a55d9032976319df7908163c9af
/usr/share/bash-completion/completions/mcookie f 0644 0:0 size=599 nlink=1 sha256=c1460f2f78f58e0195f4dc3af4a5e92925aa23f3f6ec5c73a7565329a7eb8b3b
/usr/share/bash-completion/completions/mesg f 0644 0:0 size=412 nlink=1 sha256=67d09288e327f405fa72009d7e85b81a70d20c5577ffb8b418b6b0de043e7fc1
/usr/share/bash-completion/completions/mkfs f 0644 0:0 size=659 nlink=1 sha256=9381f7062ae523b2dca7d56bfedb85cb56f2815aaebdfddf7786070feaea82ab
/usr/share/bash-completion/completions/mkfs.bfs f 0644 0:0 size=677 nlink=1 sha256=1e299cd368846c00206b10065ace4de55a4d12398391c4455e9b5a1d113b12a9
/usr/share/bash-completion/completions/mkfs.cramfs f 0644 0:0 size=839 nlink=1 sha256=b5220be6c4783abb23363db05614aea0391edd323b4f40fa3e6db85aa676bf3e
/usr/share/bash-completion/completions/mkfs.minix f 0644 0:0 size=749 nlink=1 sha256=239a17396534c07735396ca481e0a0809aed212cd55c4b5ba2a3a7885585b54a
/usr/share/bash-completion/completions/mkswap f 0644 0:0 size=876 nlink=1 sha256=59832f9890280c2e9de874ccec126b3d10535715c167f122630c7519aa51d0cc
/usr/share/bash-completion/completions/more f 0644 0:0 size=752 nlink=1 sha256=b6b9c87cc8d0d095816a3e7a34b9df0613b6fff7136c4810635a4c03f75d3993
/usr/share/bash-completion/completions/mount f 0644 0:0 size=2112 nlink=1 sha256=69abb48924f2326ad41553afccea4c2094d076c9a0c64e41e5d7675d7a1ed12b
/usr/share/bash-completion/completions/mountpoint f 0644 0:0 size=498 nlink=1 sha256=192a5df5c85f66a4ae83db659d15b974a7febec7922df62d0f5d17450d717451
/usr/share/bash-completion/completions/namei f 0644 0:0 size=500 nlink=1 sha256=1519a1b96f840f476647daa9d041a7d5db2dde0d80d3c99e973b1eccff8b259d
/usr/share/bash-completion/completions/nsenter f 0644 0:0 size=1195 nlink=1 sha256=a0b40a96777ccae4002832fe843fbe8dacf55589a6c5cde4aa900e604135ddae
/usr/share/bash-completion/completions/partx f 0644 0:0 size=1301 nlink=1 sha256=855abe1f098aa44985b3e59602ff184e3a6d69bdae5ca41a2caa8a1e8d755738
/usr/share/bash-completion/completions/pivot_root f 0644 0:0 size=387 nlink=1 sha256=e3fd2fed08fe53b1bdf0b344633375273ce54bdb75c65a4383f2bf29aa9868dd
/usr/share/bash-completion/completions/prlimit f 0644 0:0 size=1329 nlink=1 sha256=feb868f23ea5c5833a4fc9a642b78a83dd186259826304be649e7902086b8f9f
/usr/share/bash-completion/completions/readprofile f 0644 0:0 size=679 nlink=1 sha256=874cf09268bc51c0dd77267ef8e3d9948ff9c8c376a1b9ce911ca135b7baf9a5
/usr/share/bash-completion/completions/renice f 0644 0:0 size=784 nlink=1 sha256=6fdf113c8a43356f2bddaff1613e3f66679f5f0b64d061a30e474f146163569b
/usr/share/bash-completion/completions/resizepart f 0644 0:0 size=605 nlink=1 sha256=12f257f9ebf063757a66dae10aa1d5f770a0b81e65a61a3379ea03f7e57681d0
/usr/share/bash-completion/completions/rev f 0644 0:0 size=432 nlink=1 sha256=ffab4735212694543267952b527e72f3ee4ac9b0e07d49b432db219bd26a3aae
/usr/share/bash-completion/completions/rtcwake f 0644 0:0 size=1081 nlink=1 sha256=00d17c7f0f1d58372d1687ddc0004c0758818bc845de2caf1ec65435297b8a9b
/usr/share/bash-completion/completions/runuser l 0777 0:0 -> su
/usr/share/bash-completion/completions/script f 0644 0:0 size=1061 nlink=1 sha256=c3eb24c1ce3f562850d0583e1b3cc92ef8c30152952338b16a7de9a670846aa1
/usr/share/bash-completion/completions/scriptlive f 0644 0:0 size=762 nlink=1 sha256=28cbdd0f09a3280f16e28735c26bceac2c40d591103d25226a799404700baacb
/usr/share/bash-completion/completions/scriptreplay f 0644 0:0 size=917 nlink=1 sha256=810069f927880adf780c39ee2d6810907c4529272bb20bda7cff3403cfb11b42
/usr/share/bash-completion/completions/setarch f 0644 0:0 size=790 nlink=1 sha256=bccea2e0e6fd329c9614c4c04f09093de21ba76595ef093bd70027df28bda533
/usr/share/bash-completion/completions/setpriv f 0644 0:0 size=2838 nlink=1 sha256=06ae6f7d80cdb4f1675690b89bf17298c9dfcc4c42c118fb04cf9cfa950cd3c8
/usr/share/bash-completion/completions/setsid f 0644 0:0 size=440 nlink=1 sha256=376e5ac5d2a289c03bf36a8f9a86ae160cffc6693112043bf33d2d4f99614c30
/usr/share/bash-completion/completions/setterm f 0644 0:0 size=2591 nlink=1 sha256=19ba4c6271e87a588517a67d2c02aae0683b2ab45c047784200e6a435da9248f
/usr/share/bash-completion/completions/su f 0644 0:0 size=892 nlink=1 sha256=ed099e33c9c58bd90b2ed96393c30014c31aa42329cea2a27fe23c2d4a8b8ee2
/usr/share/bash-completion/completions/swaplabel f 0644 0:0 size=635 nlink=1 sha256=1805b9fa1953570fa4bb99339afbb25a6d701ce5a442d22b8ddabe486b46c9c9
/usr/share/bash-completion/completions/swapoff f 0644 0:0 size=743 nlink=1 sha256=e84478bfbcfb4eb0accf290e7b158085cb0db7f679afade1a270f7e1e731a691
/usr/share/bash-completion/completions/swapon f 0644 0:0 size=2007 nlink=1 sha256=717091ab909ce678799aef4aba00469550dfb05736640440686fecab2d41ae3c
/usr/share/bash-completion/completions/taskset f 0644 0:0 size=1213 nlink=1 sha256=3128f328cc438f772ace3b8428c2be81f1bf061e3fe7d4c67a5c89b829654e36
/usr/share/bash-completion/completions/uclampset f 0644 0:0 size=665 nlink=1 sha256=1da2c79d90861a47fb35ac547ffa564fd39ecc8e39c79c3b01f34955012cd1db
/usr/share/bash-completion/completions/umount f 0644 0:0 size=1710 nlink=1 sha256=5ecfc97f8521702a1eccaf1166803dc3616427d061280907f16e000112659f33
/usr/share/bash-completion/completions/unshare f 0644 0:0 size=936 nlink=1 sha256=219a4e0e788b1085867c299bb6730bf2f86a9cd22cef9a5747512cc540035788
/usr/share/bash-completion/completions/utmpdump f 0644 0:0 size=475 nlink=1 sha256=69a8a5a630ce32790499b7690d033c7d73c40c861a5985ca23c4f1585fd69b48
/usr/share/bash-completion/completions/wall f 0644 0:0 size=634 nlink=1 sha256=bc527b9f476ec852921e2cbbc9fbfc2ecc4c1677c58103fb88678e25e11528a1
/usr/share/bash-completion/completions/wdctl f 0644 0:0 size=1371 nlink=1 sha256=d2c3148ba44506574ddfa4cb939d91bd99e8e83b73fbe36119cdba9452e68401
/usr/share/bash-completion/completions/whereis f 0644 0:0 size=528 nlink=1 sha256=ffe24d3807609539cf62842702f004f4428955a51e6e8152b6bb8f6523f394d4
/usr/share/bash-completion/completions/wipefs f 0644 0:0 size=1238 nlink=1 sha256=6baa1a57a32dcb468e2cdcd41fef429704a982820210016dea037f896e402d8f
/usr/share/bash-completion/completions/zramctl f 0644 0:0 size=1290 nlink=1 sha256=3f7de813fbd3178cac3953891b3c2629f0f911001f2e6e480c25aab193510ebe
/usr/share/bug d 0755 0:0
/usr/share/bug/apt d 0755 0:0
/usr/share/bug/apt/script f 0755 0:0 size=848 nlink=1 sha256=93494209c18c6dd053689e30972c1f733353b47b61dcc48ece77a5d74d7730c7
/usr/share/bug/dpkg f 0755 0:0 size=503 nlink=1 sha256=da7d3875a87dc44b12a53b46df1b653d8f42482e6987ac23eef6c5b1669c8840
/usr/share/bug/init-system-helpers d 0755 0:0
/usr/share/bug/init-system-helpers/control f 0644 0:0 size=24 nlink=1 sha256=c0306308b3e8655628cca8238616b8750ab7003201bdd68937a4739fe087ce5c
/usr/share/common-licenses d 0755 0:0
/usr/share/common-licenses/Apache-2.0 f 0644 0:0 size=11358 nlink=1 sha256=cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30
/usr/share/common-licenses/Artistic f 0644 0:0 size=6111 nlink=1 sha256=b7fd9b73ea99602016a326e0b62e6646060d18febdd065ceca8bb482208c3d88
/usr/share/common-licenses/BSD f 0644 0:0 size=1499 nlink=1 sha256=5d588eb3b157d52112afea935c88a7ff9efddc1e2d95a42c25d3b96ad9055008
/usr/share/common-licenses/CC0-1.0 f 0644 0:0 size=7048 nlink=1 sha256=a2010f343487d3f7618affe54f789f5487602331c0a8d03f49e9a7c547cf0499
/usr/share/common-licenses/GFDL l 0777 0:0 -> GFDL-1.3
/usr/share/common-licenses/GFDL-1.2 f 0644 0:0 size=20432 nlink=1 sha256=d8e94ae5fdb5433fcae2961aeb1a8cf17174d6f4a0465d24bf37dd8a038bd439
/usr/share/common-licenses/GFDL-1.3 f 0644 0:0 size=22955 nlink=1 sha256=110535522396708cea37c72a802c5e7e81391139f5f7985631c93ef242b206a4
/usr/share/common-licenses/GPL l 0777 0:0 -> GPL-3
/usr/share/common-licenses/GPL-1 f 0644 0:0 size=12632 nlink=1 sha256=d77d235e41d54594865151f4751e835c5a82322b0e87ace266567c3391a4b912
/usr/share/common-licenses/GPL-2 f 0644 0:0 size=18092 nlink=1 sha256=8177f97513213526df2cf6184d8ff986c675afb514d4e68a404010521b880643
/usr/share/common-licenses/GPL-3 f 0644 0:0 size=35149 nlink=1 sha256=3972dc9744f6499f0f9b2dbf76696f2ae7ad8af9b23dde66d6af86c9dfb36986
/usr/share/common-licenses/LGPL l 0777 0:0 -> LGPL-3
/usr/share/common-licenses/LGPL-2 f 0644 0:0 size=25381 nlink=1 sha256=681e386e44a19d7d0674b4320272c90e66b6610b741e7e6305f8219c42e85366
/usr/share/common-licenses/LGPL-2.1 f 0644 0:0 size=26530 nlink=1 sha256=dc626520dcd53a22f727af3ee42c770e56c97a64fe3adb063799d8ab032fe551
/usr/share/common-licenses/LGPL-3 f 0644 0:0 size=7652 nlink=1 sha256=e3a994d82e644b03a792a930f574002658412f62407f5fee083f2555c5f23118
/usr/share/common-licenses/MPL-1.1 f 0644 0:0 size=25755 nlink=1 sha256=f849fc26a7a99981611a3a370e83078deb617d12a45776d6c4cada4d338be469
/usr/share/common-licenses/MPL-2.0 f 0644 0:0 size=16726 nlink=1 sha256=fab3dd6bdab226f1c08630b1dd917e11fcb4ec5e1e020e2c16f83a0a13863e85
/usr/share/debconf d 0755 0:0
/usr/share/debconf/confmodule f 0644 0:0 size=2707 nlink=1 sha256=5d3d4df0fda6e6bc3c81a81e5f2ba2cfd68921d5f17621d1a56dd7f860d0ac4d
/usr/share/debconf/confmodule.sh f 0644 0:0 size=2875 nlink=1 sha256=9bb739cea6c1f88c3282c6743a230acba64ac1d12c40a89daf12fe5f2390cb68
/usr/share/debconf/debconf.conf f 0644 0:0 size=414 nlink=1 sha256=2ed2f1e25211c95ae120cecfff540e33a533c03bb2793504c3d692b0b034c2dd
/usr/share/debconf/fix_db.pl f 0755 0:0 size=2004 nlink=1 sha256=3023d816728349ffe6647f852722046631f1802737753f75517ebff0461473df
/usr/share/debconf/frontend f 0755 0:0 size=2494 nlink=1 sha256=030ccf14183171765689c3c8982d60eeb6295e32c4444661767389803eb38a62
/usr/share/debianutils d 0755 0:0
/usr/share/debianutils/shells f 0644 0:0 size=42 nlink=1 sha256=184fd1ac95af5ad460ee875e9fddb4975e8720ee7d805d964c68d125573537be
/usr/share/debianutils/shells.d d 0755 0:0
/usr/share/debianutils/shells.d/bash f 0644 0:0 size=21 nlink=1 sha256=371fdcb21637c3a2206942907ad900cadcceb1b65d840d16b1bc49fef7fbd5f4
/usr/share/debianutils/shells.d/dash f 0644 0:0 size=10 nlink=1 sha256=154db7369dfe4214fc614cb81c0acc042ce3a813d94ff4d7e59a94e99531370a
/usr/share/dict d 0755 0:0
/usr/share/doc d 0755 0:0
/usr/share/doc-base d 0755 0:0
/usr/share/doc-base/base-passwd.users-and-groups f 0644 0:0 size=423 nlink=1 sha256=159902a0284dbbcc039824ebab914948f8a803280fa2b67742b8f7fd40c50250
/usr/share/doc-base/findutils.findutils f 0644 0:0 size=323 nlink=1 sha256=83026123456c2f7c1cc44196701180752a65423ade28344ef277cf577b12faa6
/usr/share/doc/adduser d 0755 0:0
/usr/share/doc/adduser/NEWS.Debian.gz f 0644 0:0 size=1992 nlink=1 sha256=8dace10a38555178d666f2c43ff8abd70437e7014dccf7ba348a10c29c985bec
/usr/share/doc/adduser/README.gz f 0644 0:0 size=5107 nlink=1 sha256=1e34e3176204bf45ea97cc874ec1d2d801baef003188722a5f1373d7e738f4ef
/usr/share/doc/adduser/TODO f 0644 0:0 size=1403 nlink=1 sha256=5d656693d00291eed4628062028f301b635833014f09b3f553f544674613df70
/usr/share/doc/adduser/changelog.gz f 0644 0:0 size=5498 nlink=1 sha256=217cf7e3af4e33c1c2c0f59dbbb1d0fd52d3ac7704704afb035184a2fc457931
/usr/share/doc/adduser/copyright f 0644 0:0 size=12432 nlink=1 sha256=b143053a4862ab354831487b5f8bd31dc9ffdc589d15de9d9c764332a0209796
/usr/share/doc/adduser/examples d 0755 0:0
/usr/share/doc/adduser/examples/INSTALL f 0644 0:0 size=591 nlink=1 sha256=054d7a7c2b47e339ec6a30dc016b5e13c3627720bbe773da272ad12187009b56
/usr/share/doc/adduser/examples/README f 0644 0:0 size=5655 nlink=1 sha256=27fbafc5bd0c3f688759439a085e2be54d7b43bc2f6c8528d0f7b68564b046e1
/usr/share/doc/adduser/examples/adduser.conf f 0644 0:0 size=3040 nlink=1 sha256=d59e8e5e6b3abc22f1143c316c5248f30bb4e15291eed6953a3b90b65dfda2c8
/usr/share/doc/adduser/examples/adduser.local f 0755 0:0 size=26434 nlink=1 sha256=2616e1a15504e19334dc07ed7ca35885b59025524001240b7b65126517c45da4
/usr/share/doc/adduser/examples/adduser.local.conf f 0644 0:0 size=21865 nlink=1 sha256=e30642d899811439c641210124c23444af5f01f5bc8b6f5248101944486122dd
/usr/share/doc/adduser/examples/adduser.local.conf.examples d 0755 0:0
/usr/share/doc/adduser/examples/adduser.local.conf.examples/bash.bashrc f 0644 0:0 size=2778 nlink=1 sha256=e2b7ffb015bb534a4da1c2bb46e078ba45b704ca00f81728ed5aefa2d327c369
/usr/share/doc/adduser/examples/adduser.local.conf.examples/profile f 0644 0:0 size=2254 nlink=1 sha256=4088448d6754b1e0fdeec5361f42628cb3cdb6e76ebad2bafde6d0cffbd5493b
/usr/share/doc/adduser/examples/adduser.local.conf.examples/skel d 0755 0:0
/usr/share/doc/adduser/examples/adduser.local.conf.examples/skel.other d 0755 0:0
/usr/share/doc/adduser/examples/adduser.local.conf.examples/skel.other/index.html f 0644 0:0 size=771 nlink=1 sha256=4c4447794438339c2962006f009543add5d45a93407de98ce5d31d2f89450cba
/usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bash_logout f 0644 0:0 size=427 nlink=1 sha256=103be0d07dc5c355052f928a6941aeaf54d887bea192be0b668173785b2c5c4b
/usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bash_profile f 0644 0:0 size=1290 nlink=1 sha256=67998d4777ea54bda9fd4cc4ee6b3bdeaf5a5e07bf6de046606180ff5b3bae35
/usr/share/doc/adduser/examples/adduser.local.conf.examples/skel/dot.bashrc f 0644 0:0 size=802 nlink=1 sha256=09c9e1ae7b3318a377c899bcbf40b5793a7b18c9526ffe8c14b71b5779b4de73
/usr/share/doc/adduser/examples/deluser.conf f 0644 0:0 size=1706 nlink=1 sha256=348c114422e9e28c8b24775cf39e785d02600445c0ac1c38fe7976c377fba6e5
/usr/share/doc/apt d 0755 0:0
/usr/share/doc/apt/NEWS.Debian.gz f 0644 0:0 size=4846 nlink=1 sha256=7ebb5861aa0157219c513e9fcbade77d167dae18cbd39538c43c9ec0c61545d3
/usr/share/doc/apt/README.md.gz f 0644 0:0 size=4602 nlink=1 sha256=4e4814a5488b9bbbe71e9783e28c700ce3b6a4d713e991e05d7ee4cd8e73e2e1
/usr/share/doc/apt/changelog.gz f 0644 0:0 size=15973 nlink=1 sha256=4f33ac0f6ac0b726799a153ee30c873a449f01e427a28361dad37496560cfaf1
/usr/share/doc/apt/copyright f 0644 0:0 size=7668 nlink=1 sha256=b4701305243d8d746f4acaafe15d94f946251b05691bd6917fef41dd15e9ee12
/usr/share/doc/apt/examples d 0755 0:0
/usr/share/doc/apt/examples/apt.conf f 0644 0:0 size=442 nlink=1 sha256=3c5496b4b050952b563e1184d411c3e655bb32e663229886d7720562cc619880
/usr/share/doc/apt/examples/configure-index f 0644 0:0 size=26275 nlink=1 sha256=e9989b75f98fd41096b2d39c902dce262ec171631179c0924b5040310d334463
/usr/share/doc/apt/examples/preferences f 0644 0:0 size=166 nlink=1 sha256=f1a5f90e8ebdb870d2f03d469439df62f960a0e4a7cff5ea66b991c942aa4745
/usr/share/doc/apt/examples/sources.list f 0644 0:0 size=696 nlink=1 sha256=be5fbe98585ccb48ddfa00ddbe2b95a7ad09aa1ca489bc86ce528c5bdfdcaaae
/usr/share/doc/base-files d 0755 0:0
/usr/share/doc/base-files/FAQ l 0777 0:0 -> README
/usr/share/doc/base-files/README f 0644 0:0 size=4680 nlink=1 sha256=ec7b7bf0ff681b5bb1f2eb3d2c1714face8fb61eda2e12d440ec81570124ad95
/usr/share/doc/base-files/README.FHS f 0644 0:0 size=1153 nlink=1 sha256=099e7f4bdeb4ff34ee8d4ef7f158a21adbc59db46a354fd2051f6d1959e70fbc
/usr/share/doc/base-files/changelog.gz f 0644 0:0 size=18277 nlink=1 sha256=22914033cac1bcb230ff4c941d7875f2da93333d42a01eb95bb23433df49b9bb
/usr/share/doc/base-files/copyright f 0644 0:0 size=1208 nlink=1 sha256=fd7e4aae7e7b05f217bcf2d02322825c360e66c52c4c2f1b28d784d6297a1c23
/usr/share/doc/base-passwd d 0755 0:0
/usr/share/doc/base-passwd/README f 0644 0:0 size=3951 nlink=1 sha256=a1578a2b544335e57829f05c877b6bdbfd109935d12f530535c36513c857f0c3
/usr/share/doc/base-passwd/changelog.gz f 0644 0:0 size=12259 nlink=1 sha256=12fa6035076336d1dd004ed80cda0e62091fc504726a3859d388d2deeda53b25
/usr/share/doc/base-passwd/copyright f 0644 0:0 size=798 nlink=1 sha256=0f1cde79bd80a75f9029ae9a8c252b642223027ef36f6989c63a8230aae576a7
/usr/share/doc/base-passwd/users-and-groups.html f 0644 0:0 size=19984 nlink=1 sha256=0d3faf981eddd55fca42b15670ecc0a3170bc0949c65d346ff471d10a5190c0e
/usr/share/doc/base-passwd/users-and-groups.txt.gz f 0644 0:0 size=5837 nlink=1 sha256=404e8bf8ad9821bc8a579304e050f32817c1c56babdcb73045912d426b9a6164
/usr/share/doc/bash d 0755 0:0
/usr/share/doc/bash/CHANGES.gz f 0644 0:0 size=126824 nlink=1 sha256=f36693fd9a9fe19117b089f967eed107287eb0b7412e7ec3251ca7bceae0118a
/usr/share/doc/bash/COMPAT.gz f 0644 0:0 size=10180 nlink=1 sha256=983c4a0d46ded580870ce01aa7d7ddec57bf7d6edb059b8361c442e44a783c09
/usr/share/doc/bash/INTRO.gz f 0644 0:0 size=2921 nlink=1 sha256=68785f9dc6e6f27fe798494c74c7321859f5f04245f2efa3c16b675598829308
/usr/share/doc/bash/NEWS.gz f 0644 0:0 size=35089 nlink=1 sha256=458eadcbc797f0d3fcd80dac95bcacce9e26c82a886a3693ea608d68fa810cbe
/usr/share/doc/bash/POSIX.gz f 0644 0:0 size=4329 nlink=1 sha256=38ef3774c98e9e1fe49d425a213b39e8d84d8dc6312863336d8a4987c7ccf7e3
/usr/share/doc/bash/RBASH f 0644 0:0 size=2472 nlink=1 sha256=89375446fa1e3ec0b78b691b7043f1c6b0954bc390055ca6de36277cf2fceca5
/usr/share/doc/bash/README.Debian.gz f 0644 0:0 size=1919 nlink=1 sha256=1320b2a626d1cd26d074df797ffd2552add3fe1ecc8a0ccfb7a3b8ccab2c6675
/usr/share/doc/bash/README.abs-guide f 0644 0:0 size=1105 nlink=1 sha256=4425e3eb24abbaca4ab43a71e02b7364987daba13bb3e2a71df589ab71aa97ba
/usr/share/doc/bash/README.commands.gz f 0644 0:0 size=3021 nlink=1 sha256=2dc024421ca0ed975b13f6be11314d98f843a3be2d6327fded522b4246dfb24b
/usr/share/doc/bash/README.gz f 0644 0:0 size=2003 nlink=1 sha256=a644cc1e584c9da5e49b03bfc1fa4ccf676a187fbec61a47e1109765a76d73e3
/usr/share/doc/bash/changelog.Debian.amd64.gz f 0644 0:0 size=246 nlink=1 sha256=16cec6155fff071a4037db7f8e4ed873af16df2e56b538ac381d8c2c2bbf01d3
/usr/share/doc/bash/changelog.Debian.gz f 0644 0:0 size=1366 nlink=1 sha256=c4581bc7416fc9530531e772a74f0a12f7f68fac7bb70924a9e31e45b03d379a
/usr/share/doc/bash/changelog.gz f 0644 0:0 size=126824 nlink=1 sha256=f36693fd9a9fe19117b089f967eed107287eb0b7412e7ec3251ca7bceae0118a
/usr/share/doc/bash/copyright f 0644 0:0 size=9764 nlink=1 sha256=06319d84c3e5ed096036f6a9310a030c7e84e50dff2b8a6792285c83ec0ada73
/usr/share/doc/bash/inputrc.arrows f 0644 0:0 size=727 nlink=1 sha256=092e7ff3a9e25ec05baeabb3e403585e744c17bb8dba4c70aee944a37ba884ce
/usr/share/doc/bsdutils d 0755 0:0
/usr/share/doc/bsdutils/changelog.Debian.gz f 0644 0:0 size=7945 nlink=1 sha256=f99a0b0e62263d5475110f3dbb14f6e71df30301eddbc953256131aa20e28d74
/usr/share/doc/bsdutils/changelog.gz f 0644 0:0 size=113 nlink=1 sha256=888535968181aba6a5c876f376e173d08f6a948a872df1bc41d1119ad2fd1a1f
/usr/share/doc/bsdutils/copyright f 0644 0:0 size=23237 nlink=1 sha256=30539a2df6a89d844f43c727505a3193a60515f8ec6cdede8cc515ed22941d1c
/usr/share/doc/coreutils d 0755 0:0
/usr/share/doc/coreutils/AUTHORS f 0644 0:0 size=3827 nlink=1 sha256=164a3bc86c0fe9a7aa15cfa9156e9be1124aad69ea757a011be1f1a13502409f
/usr/share/doc/coreutils/NEWS.Debian.gz f 0644 0:0 size=795 nlink=1 sha256=a47d53219f193dd5d57d92bdd08ff7175bd9fe1c1555efa6603788f322f55ea8
/usr/share/doc/coreutils/NEWS.gz f 0644 0:0 size=75525 nlink=1 sha256=c62a55e6e9946ca0e757c0eb50d6c700f80df5487e2594107d45655e349ff13a
/usr/share/doc/coreutils/README.Debian f 0644 0:0 size=451 nlink=1 sha256=370f7cc50f2123416d4c966010220325a9637bc60e986a1244cba5d05ad115a3
/usr/share/doc/coreutils/README.gz f 0644 0:0 size=4979 nlink=1 sha256=d52dc14b768de06ff4382f9624371dc2b949b394568680422f8bf327e44435dd
/usr/share/doc/coreutils/THANKS.gz f 0644 0:0 size=17546 nlink=1 sha256=8c1533c41f98fcecc9381a7ac83831c2bcf045054b9d08d2a6df1b2877b4930b
/usr/share/doc/coreutils/TODO.gz f 0644 0:0 size=3387 nlink=1 sha256=a7e86a527e2e472be9c22b246f14e1170a36ac568848d147d40282700f78d6e2
/usr/share/doc/coreutils/changelog.Debian.gz f 0644 0:0 size=15293 nlink=1 sha256=36bc4c671ab656583f7e402616591a450ffe38148ccd30543e2913389c6d0382
/usr/share/doc/coreutils/changelog.gz f 0644 0:0 size=101079 nlink=1 sha256=c29992fe945e0ac5dac6816480db72287cc72424abd1a77af6b4b17ac642c6d0
/usr/share/doc/coreutils/copyright f 0644 0:0 size=5552 nlink=1 sha256=24e86c5ca53d6bfd8e0c47988160daa62d10a74997fe11f651e1d9533c78bff6
/usr/share/doc/dash d 0755 0:0
/usr/share/doc/dash/NEWS.Debian.gz f 0644 0:0 size=304 nlink=1 sha256=e0bafeedb30c73936f40e3738d1d8584557f2b8947a6d2267e80d6623bf131f8
/usr/share/doc/dash/README.Debian.diet f 0644 0:0 size=580 nlink=1 sha256=0fe44f665187a1ab906414cde5361739b764929aa4b676037b2710e397476bfa
/usr/share/doc/dash/README.source f 0644 0:0 size=3224 nlink=1 sha256=d88176f77467d8d45e791a06cd8328f0a685e16dbba6ce1bff413ec3ccf39874
/usr/share/doc/dash/changelog.Debian.gz f 0644 0:0 size=1967 nlink=1 sha256=50e83171639113c2ab8e866c0a752ef3be836a20ba3f09596a38705d104e66de
/usr/share/doc/dash/changelog.gz f 0644 0:0 size=7388 nlink=1 sha256=dcf3f2da9d2e14994d51b934c7c7b77222fe19c00f1fe0f7904912f2fb4a440c
/usr/share/doc/dash/copyright f 0644 0:0 size=3878 nlink=1 sha256=d98c53f281321baad38164aa9ae6e368a9253be6ec51bd26a759b5e72b326f4a
/usr/share/doc/debconf d 0755 0:0
/usr/share/doc/debconf/NEWS.Debian.gz f 0644 0:0 size=208 nlink=1 sha256=3909e74b8f47250d1e911a88e472a2e3b04a2380e8ee9717146ed00cec443caa
/usr/share/doc/debconf/README.Debian f 0644 0:0 size=352 nlink=1 sha256=48a1123e8f661af97aab3b53fa48dab8d169e6480e7e4ac324c8001daff21d49
/usr/share/doc/debconf/changelog.gz f 0644 0:0 size=1978 nlink=1 sha256=438aa5fa401e7c19f1bb5adc77fa5900b1ccf77d80bc76ea5d04b60bd8ff1d31
/usr/share/doc/debconf/copyright f 0644 0:0 size=2764 nlink=1 sha256=57163c71bd8a5289660892827dd0dfaa7fef47f89deedc9dc6711ced7d0a28d7
/usr/share/doc/debian-archive-keyring d 0755 0:0
/usr/share/doc/debian-archive-keyring/README f 0644 0:0 size=1091 nlink=1 sha256=a697d7e7a51ba3c6d09cd9a4121c3c9dbec16d3f4a989c90c3de8d27c923deb0
/usr/share/doc/debian-archive-keyring/changelog.gz f 0644 0:0 size=936 nlink=1 sha256=45eb3b3de9e539cc2404939bd612fb1d22b923f4e2202d3647002461b4435c21
/usr/share/doc/debian-archive-keyring/copyright f 0644 0:0 size=1243 nlink=1 sha256=b32aecaae84643700a33bc9ee83fa9b36938d35aa7b61b5042092eca77ddb732
/usr/share/doc/debianutils d 0755 0:0
/usr/share/doc/debianutils/README.shells.gz f 0644 0:0 size=369 nlink=1 sha256=228c6550f4b2c0240b22f48850ec7482efd0f1f90797ea719be912faaa9933d8
/usr/share/doc/debianutils/changelog.Debian.gz f 0644 0:0 size=17992 nlink=1 sha256=2844f086e4d5cd0676ed183f3f8afff047561334cfb1313eefbec80f4a5bb570
/usr/share/doc/debianutils/changelog.gz f 0644 0:0 size=467 nlink=1 sha256=8e14bb1c47c9728cf0c1ecc4b6737c2f291a334c311ae33b49c53d2ea22a0102
/usr/share/doc/debianutils/copyright f 0644 0:0 size=9055 nlink=1 sha256=fd2d797e208bcfb713510e47a89867191180943e1167d44c2acd8ff1b88e5c10
/usr/share/doc/diffutils d 0755 0:0
/usr/share/doc/diffutils/NEWS.gz f 0644 0:0 size=6903 nlink=1 sha256=0ee7e277c1d26b0caed5bcbd4e2df411a46d83319658e2a21bfd074f5e95b426
/usr/share/doc/diffutils/changelog.Debian.gz f 0644 0:0 size=1026 nlink=1 sha256=4fde4b6c697bc843376f18e115c91d5d7ca5cb20c27b2754024adced60ecc3d5
/usr/share/doc/diffutils/changelog.gz f 0644 0:0 size=29371 nlink=1 sha256=4038ed64bb6fb8bff9a41b7d0f4aff312d532545c3db0bba037207f990a7b0a5
/usr/share/doc/diffutils/copyright f 0644 0:0 size=16112 nlink=1 sha256=8654d7cc7cdae1f31bb67a3ce5bf35d512c0bdfffd071df757edc54153cc7930
/usr/share/doc/dpkg d 0755 0:0
/usr/share/doc/dpkg/AUTHORS f 0644 0:0 size=1314 nlink=1 sha256=f30915fe306f410b14a11c795bb8255bcff29540eee1688a11d1602a41b60700
/usr/share/doc/dpkg/README.api f 0644 0:0 size=1550 nlink=1 sha256=f7183be8c97f562c8db62e6e4f559b2848d6da6ba41adeaf4a3823c06ccb9da2
/usr/share/doc/dpkg/README.bug-usertags.gz f 0644 0:0 size=1904 nlink=1 sha256=e68c2f0ce416b0d1638be0c0ccbc5a31579370553347b5bef4e64c87d581cb94
/usr/share/doc/dpkg/README.feature-removal-schedule.gz f 0644 0:0 size=2239 nlink=1 sha256=ec6cb3febf46bd6c7db8d0ab91dc34ad7b22e0a1f780dfa0ad1c7847c154f711
/usr/share/doc/dpkg/THANKS.gz f 0644 0:0 size=4454 nlink=1 sha256=c47f4ed4af0c07ce779f98b901ceb5717d3fc7797cbeafc04b6e427672571676
/usr/share/doc/dpkg/changelog.gz f 0644 0:0 size=232193 nlink=1 sha256=ae6dd27a7b0d6fdc78b17142356f3bfa9924d0deb230449b0f4f95fc230ece5d
/usr/share/doc/dpkg/copyright f 0644 0:0 size=7943 nlink=1 sha256=7442bdadcd44e818fddd786057db07639cc68225c389c7c240d3bb3984b05173
/usr/share/doc/e2fsprogs d 0755 0:0
/usr/share/doc/e2fsprogs/NEWS.gz f 0644 0:0 size=131158 nlink=1 sha256=c02b7e961145096bb024167431587b3b91d5360eb04d6f3b479ade1340ffa969
/usr/share/doc/e2fsprogs/README f 0644 0:0 size=719 nlink=1 sha256=a65e2b7bfc9ad4a6190a59f3d861de9a289e9b2f867eec6ba9c09335ea2581b5
/usr/share/doc/e2fsprogs/changelog.Debian.amd64.gz f 0644 0:0 size=237 nlink=1 sha256=8244cd6033264f0fb2f5ee7e43717fb4e8e9108fc2de45b687daf48a87e487e9
/usr/share/doc/e2fsprogs/changelog.Debian.gz f 0644 0:0 size=8782 nlink=1 sha256=0e58730bb7c6004a609e540017a3d50fb874a4f7e00fe462a46d4779e77f5b47
/usr/share/doc/e2fsprogs/copyright f 0644 0:0 size=15209 nlink=1 sha256=1ca415a294c0e56958c4f795b3f1f69ea3479bca53d7811f5cdd020a258949db
/usr/share/doc/findutils d 0755 0:0
/usr/share/doc/findutils/NEWS.Debian.gz f 0644 0:0 size=1328 nlink=1 sha256=43b4fbb64be8b29450c0ad56bc2f3c7ca330e5d7a696af3c98b5cf01970fe09f
/usr/share/doc/findutils/NEWS.gz f 0644 0:0 size=31596 nlink=1 sha256=f61d7f1958b8202a92b611d83f367c6d08230f624275705bbde5a400d119d884
/usr/share/doc/findutils/README.gz f 0644 0:0 size=2432 nlink=1 sha256=b99bd0412fd03c6d57a2bf4cb0f33a78e6ad189aacee0a3dc46543b4db3ad5c7
/usr/share/doc/findutils/TODO f 0644 0:0 size=2860 nlink=1 sha256=30701176db9797d17e3f51cbd4ed5948fb327331536a59b9e906e5a070ac54a0
/usr/share/doc/findutils/changelog.Debian.gz f 0644 0:0 size=1478 nlink=1 sha256=8c6952da4f504a4c1cea60a33b19f17ace163b14611224032037003225c2f63e
/usr/share/doc/findutils/changelog.gz f 0644 0:0 size=181105 nlink=1 sha256=72933d4cffbdf89bb3d68cfa3a9e6d6e884d708922c9a90d9c848e433737ff45
/usr/share/doc/findutils/copyright f 0644 0:0 size=24782 nlink=1 sha256=8fbcc77ed31f480a85654e9b6d1d25cbb95b62e9dc5159ae1565bca684c3e1dc
/usr/share/doc/gcc-12-base d 0755 0:0
/usr/share/doc/gcc-12-base/README.Debian.amd64.gz f 0644 0:0 size=3128 nlink=1 sha256=6edc0d8dffa071ec0866aabfa6b7831f9b464c397c93b310fd44606684b8dcb4
/usr/share/doc/gcc-12-base/TODO.Debian f 0644 0:0 size=2212 nlink=1 sha256=aba726eeeafd7ae426552559759c83ee93249d0d9c4e3e19f146fde6d2cde448
/usr/share/doc/gcc-12-base/changelog.Debian.gz f 0644 0:0 size=19732 nlink=1 sha256=3cfe78f97524912290c9fc4ef8fd737efb1fa29440949f0bfae980beb9ea4cbc
/usr/share/doc/gcc-12-base/copyright f 0644 0:0 size=68194 nlink=1 sha256=da8191658b3452ce9caf31638ba61dab31a38c619fa39df119812e050f592fd3
/usr/share/doc/gpgv d 0755 0:0
/usr/share/doc/gpgv/NEWS.Debian.gz f 0644 0:0 size=860 nlink=1 sha256=7d01aab0dfa5053dce720b1a34ccfa687f3333604bb0cda24be44efeeca5fda2
/usr/share/doc/gpgv/changelog.Debian.gz f 0644 0:0 size=3082 nlink=1 sha256=dd7c4615261a20f03cc1ff223e9cb94a69975fc8496acaff066bf79f15e9e51e
/usr/share/doc/gpgv/changelog.gz f 0644 0:0 size=436225 nlink=1 sha256=706fc2ad5319cc9cb28e4ae8d641957d1edc5815e48e770eb622822229f821fa
/usr/share/doc/gpgv/copyright f 0644 0:0 size=10555 nlink=1 sha256=84dab06b5c1baf3a7a45c3cdc5f98fb121234e98fdd6266c3f773d54fcdc4f54
/usr/share/doc/grep d 0755 0:0
/usr/share/doc/grep/AUTHORS f 0644 0:0 size=2769 nlink=1 sha256=76ee0b096c9eec30e8a77fd09aa0f26df9f521bd029b992df1c04bca823e34e7
/usr/share/doc/grep/NEWS.Debian.gz f 0644 0:0 size=1293 nlink=1 sha256=9c88881504545eaa76d641dbd23473af7be08ff8358185fd8a5e18381ef9b064
/usr/share/doc/grep/NEWS.gz f 0644 0:0 size=17576 nlink=1 sha256=4546f0d3c075980ff0f3df129714654d93a33469c2f66c109ecd01598a796fff
/usr/share/doc/grep/README f 0644 0:0 size=2370 nlink=1 sha256=e4a7511a3fceea65ea501defe9f1eb8f7a52f0fa84b0e5db5524252c085964ac
/usr/share/doc/grep/THANKS.gz f 0644 0:0 size=3148 nlink=1 sha256=c0bb17bb6e0263955533aadc56cd85166f25e100b67a908d299a62324e0f29e3
/usr/share/doc/grep/TODO.gz f 0644 0:0 size=4395 nlink=1 sha256=d40f3e6d7e54050997ccb27dd17a18867b2dd91b3e30aef095c1b9259b842558
/usr/share/doc/grep/changelog.Debian.gz f 0644 0:0 size=1314 nlink=1 sha256=7e53f249a72899ca97ffe94a59c862d8423a1488a91b2c6fc315d7b0b9b1390e
/usr/share/doc/grep/changelog.gz f 0644 0:0 size=156182 nlink=1 sha256=674c1fcb9838fc549d00c7e21b6208e54627bf0e9a2dcb3d4987fbda07e9a638
/usr/share/doc/grep/copyright f 0644 0:0 size=1807 nlink=1 sha256=42d9b4d610396b1e8d1303dcb9487af3f5a2d2709623cf03a04cf76acdf6c5e3
/usr/share/doc/gzip d 0755 0:0
/usr/share/doc/gzip/NEWS.gz f 0644 0:0 size=9450 nlink=1 sha256=a66ccd314a2f7cabb92ebded35fe5555e1e05fdc107e82309df5b1616d2934c1
/usr/share/doc/gzip/README.gz f 0644 0:0 size=2775 nlink=1 sha256=9dba945fc694fde81680f008c95ed256028d2b1074fb798882dd39acd990f5dd
/usr/share/doc/gzip/TODO f 0644 0:0 size=3467 nlink=1 sha256=402219fa72033a266414aa9a3253eba2765f458dba3ac20036f3386970fd2932
/usr/share/doc/gzip/changelog.Debian.gz f 0644 0:0 size=9078 nlink=1 sha256=1a6861b6fec9c45cb7ff8afd04e384bb76386e2dd1e8bd9ae9b09462dcab2bff
/usr/share/doc/gzip/changelog.gz f 0644 0:0 size=36418 nlink=1 sha256=b25941eb6d4bbfe61837d6dd5b867764483db28f378fb128f11746a9e5e56ea9
/usr/share/doc/gzip/copyright f 0644 0:0 size=2895 nlink=1 sha256=1ca5dd5098fe2e1c0f0d05196f5b3da8b414a807702e6ca8b536eb5fd3059130
/usr/share/doc/hostname d 0755 0:0
/usr/share/doc/hostname/changelog.gz f 0644 0:0 size=624 nlink=1 sha256=4fa3f2d1f3d8fcf0faad44a0eb72b0cb3525c2cf52804c78743579c1239526b5
/usr/share/doc/hostname/copyright f 0644 0:0 size=1273 nlink=1 sha256=94189fc5a9a7b7224d96e1a0cfdfe9be0df2018b04bf21d591627ab96b30cad1
/usr/share/doc/init-system-helpers d 0755 0:0
/usr/share/doc/init-system-helpers/README.invoke-rc.d.gz f 0644 0:0 size=2365 nlink=1 sha256=f984bf9ff3e6dcf2d7ce0518aff8fbf597319e3c5ee9bcdc5bf914cd97a797fa
/usr/share/doc/init-system-helpers/README.policy-rc.d.gz f 0644 0:0 size=1835 nlink=1 sha256=20800cca32394d24175ebf3e373e7750b9f91f1e311e614d0e98f8f4ea8a0b9f
/usr/share/doc/init-system-helpers/changelog.gz f 0644 0:0 size=2962 nlink=1 sha256=ee87297b9bf6906a46defc209c6448b1755a2d3bc10a37102df6a1030e403660
/usr/share/doc/init-system-helpers/copyright f 0644 0:0 size=3133 nlink=1 sha256=7534601cc4fa513804d16490359f5831e7b6a1212da3bbf948bebdd4c8799783
/usr/share/doc/libacl1 d 0755 0:0
/usr/share/doc/libacl1/changelog.Debian.gz f 0644 0:0 size=7507 nlink=1 sha256=c7a9d336e550c46d3cfbeab865b9c2db4d9460913c473ffb52f8059d00ee7f98
/usr/share/doc/libacl1/changelog.gz f 0644 0:0 size=8296 nlink=1 sha256=6a6e7777e7d407c6cfba826e5f3dd70dd0264719d7e8f097f0f8be5a17989ae3
/usr/share/doc/libacl1/copyright f 0644 0:0 size=2048 nlink=1 sha256=9a2dfb4a5abc7e84be2cc41f1089be665519c9409549296f6c19de57ab1d37c2
/usr/share/doc/libapt-pkg6.0 d 0755 0:0
/usr/share/doc/libapt-pkg6.0/NEWS.Debian.gz f 0644 0:0 size=4846 nlink=1 sha256=7ebb5861aa0157219c513e9fcbade77d167dae18cbd39538c43c9ec0c61545d3
/usr/share/doc/libapt-pkg6.0/changelog.gz f 0644 0:0 size=15974 nlink=1 sha256=90b4e7345091d08d99822f05fae9306cd8e79519d38b74ce8a8143b112377278
/usr/share/doc/libapt-pkg6.0/copyright f 0644 0:0 size=7668 nlink=1 sha256=b4701305243d8d746f4acaafe15d94f946251b05691bd6917fef41dd15e9ee12
/usr/share/doc/libattr1 d 0755 0:0
/usr/share/doc/libattr1/changelog.Debian.gz f 0644 0:0 size=7712 nlink=1 sha256=43e2902f002cdc09236fe8908dd10e8cc2303cdc784f79994bd812073d5d5edf
/usr/share/doc/libattr1/changelog.gz f 0644 0:0 size=5039 nlink=1 sha256=0df2c7fe1f963bca2fa7030381ec5b4f7708c8f00b3c9c9b08c4f6a365444c32
/usr/share/doc/libattr1/copyright f 0644 0:0 size=1947 nlink=1 sha256=0cbec745d85ea775450b2d54fac55277197f429e52d611f72852ed420450620e
/usr/share/doc/libaudit-common d 0755 0:0
/usr/share/doc/libaudit-common/changelog.Debian.gz f 0644 0:0 size=2467 nlink=1 sha256=c6e5834c901c2bee294f66176a8e46ace2727eb839f68804049c3936ebb2d989
/usr/share/doc/libaudit-common/changelog.gz f 0644 0:0 size=5040 nlink=1 sha256=cef69dc7bbca5eabfc862bc819f2e7d3e299e2083d9a81757e3df59e2e00ca9e
/usr/share/doc/libaudit-common/copyright f 0644 0:0 size=1596 nlink=1 sha256=6c7011e93f643b112c4cc3622131e28a30477afad6c4f5efe466b13aa7f603cc
/usr/share/doc/libaudit1 d 0755 0:0
/usr/share/doc/libaudit1/changelog.Debian.gz f 0644 0:0 size=2464 nlink=1 sha256=0e3241dbb3aff2e3485d7e409a9a00655a8a3a9e3a78e43d1ab5b7a0425a8e14
/usr/share/doc/libaudit1/changelog.gz f 0644 0:0 size=5040 nlink=1 sha256=cef69dc7bbca5eabfc862bc819f2e7d3e299e2083d9a81757e3df59e2e00ca9e
/usr/share/doc/libaudit1/copyright f 0644 0:0 size=1596 nlink=1 sha256=6c7011e93f643b112c4cc3622131e28a30477afad6c4f5efe466b13aa7f603cc
/usr/share/doc/libblkid1 d 0755 0:0
/usr/share/doc/libblkid1/changelog.Debian.gz f 0644 0:0 size=7943 nlink=1 sha256=55c2bd754171874cf15ee1e8a83667152edf92246c562650294127349421a549
/usr/share/doc/libblkid1/changelog.gz f 0644 0:0 size=113 nlink=1 sha256=888535968181aba6a5c876f376e173d08f6a948a872df1bc41d1119ad2fd1a1f
/usr/share/doc/libblkid1/copyright f 0644 0:0 size=23237 nlink=1 sha256=30539a2df6a89d844f43c727505a3193a60515f8ec6cdede8cc515ed22941d1c
/usr/share/doc/libbz2-1.0 d 0755 0:0
/usr/share/doc/libbz2-1.0/changelog.Debian.amd64.gz f 0644 0:0 size=240 nlink=1 sha256=92eb987ea7ab784f9c2bdcc1369ae648d55ed13ef27ee427a2b02d855c7c52e3
/usr/share/doc/libbz2-1.0/changelog.Debian.gz f 0644 0:0 size=10422 nlink=1 sha256=954e5ba4b4163cc005cf5f3f1b039475bb84d5ee1c5ffa79ef35fb6b1e44aaef
/usr/share/doc/libbz2-1.0/changelog.gz f 0644 0:0 size=5624 nlink=1 sha256=33da383b2e4ee02eb5c955a60d49927a1e79ce24b22371414e3ba3f33469480b
/usr/share/doc/libbz2-1.0/copyright f 0644 0:0 size=2228 nlink=1 sha256=832ed535ff3c3d025a8d2348eb1b697b89addcf2eaadbc17650262040b9145e2
/usr/share/doc/libc-bin d 0755 0:0
/usr/share/doc/libc-bin/changelog.Debian.gz f 0644 0:0 size=28754 nlink=1 sha256=a08296bb0ec0e05a03e8b48f6b849467b57c76d2f34747a72d019ab974f806a3
/usr/share/doc/libc-bin/changelog.gz f 0644 0:0 size=153 nlink=1 sha256=b66db2deaee0257c5a456c17ee3058e014b51d596466b8454da17936a38d7e88
/usr/share/doc/libc-bin/copyright f 0644 0:0 size=25467 nlink=1 sha256=40c7e1f2118531f038ca22999bd976901254e1bc5cd1b0f0211bdd064c599987
/usr/share/doc/libc6 d 0755 0:0
/usr/share/doc/libc6/NEWS.Debian.gz f 0644 0:0 size=2386 nlink=1 sha256=79408d7c17b316acbd64927833f3e8b7c263b156f268bf88ded05dd484045fcd
/usr/share/doc/libc6/NEWS.gz f 0644 0:0 size=125214 nlink=1 sha256=1b9fc890ff9afc96a59af1a3aa7516826943119958280071af04b61d79ab835d
/usr/share/doc/libc6/README.Debian.gz f 0644 0:0 size=2648 nlink=1 sha256=103388d45c31c59534c3c71378dd532a69d90b6fa0618cf41cdc123613d463ac
/usr/share/doc/libc6/README.hesiod.gz f 0644 0:0 size=2357 nlink=1 sha256=1c29df03287ea5a50015da416a42ff3622fe7a97a7598f0cc9693b729fca15e1
/usr/share/doc/libc6/changelog.Debian.gz f 0644 0:0 size=28751 nlink=1 sha256=1a12a8a7172a48bb7ea8fd24d52070144d6a11a2698ddfe51223569558f18427
/usr/share/doc/libc6/changelog.gz f 0644 0:0 size=153 nlink=1 sha256=b66db2deaee0257c5a456c17ee3058e014b51d596466b8454da17936a38d7e88
/usr/share/doc/libc6/copyright f 0644 0:0 size=25467 nlink=1 sha256=40c7e1f2118531f038ca22999bd976901254e1bc5cd1b0f0211bdd064c599987
/usr/share/doc/libcap-ng0 d 0755 0:0
/usr/share/doc/libcap-ng0/changelog.Debian.amd64.gz f 0644 0:0 size=229 nlink=1 sha256=b3c942470b2210bd4bbb44f617d2462593e40b6c2895bc68912dfe50bcabf07c
/usr/share/doc/libcap-ng0/changelog.Debian.gz f 0644 0:0 size=1572 nlink=1 sha256=a7f73260289b3bd2e9e739a4050fd7ddf5597211cfa983eb06afd85eb68b2dd2
/usr/share/doc/libcap-ng0/changelog.gz f 0644 0:0 size=2489 nlink=1 sha256=f7dcd0ffd3c231ec20db903edff218b6e385869260378c698c011daa26117107
/usr/share/doc/libcap-ng0/copyright f 0644 0:0 size=2035 nlink=1 sha256=49b5db19990a3e3cc1a9ed716aed231f6f3c1c217e58f62ae4dc2818c6d3e9cc
/usr/share/doc/libcap2 d 0755 0:0
/usr/share/doc/libcap2/changelog.Debian.amd64.gz f 0644 0:0 size=251 nlink=1 sha256=2215bbedcb044c2862f1c317769f754616793c961fa24e6950df91d691cf972e
/usr/share/doc/libcap2/changelog.Debian.gz f 0644 0:0 size=2557 nlink=1 sha256=82712401274ea08c6f1d05e6440aaa6673cdf4dc57da8ef519c7f68cf2671430
/usr/share/doc/libcap2/changelog.gz f 0644 0:0 size=240 nlink=1 sha256=84e9856521ec0984d4c7e8724e866bc32d8a137e70d4a9100e028853043f9917
/usr/share/doc/libcap2/copyright f 0644 0:0 size=4631 nlink=1 sha256=e60a5642e12e340060e4e519a65b2eb0330be2917854841c644e36268f607d54
/usr/share/doc/libcom-err2 d 0755 0:0
/usr/share/doc/libcom-err2/changelog.Debian.amd64.gz f 0644 0:0 size=237 nlink=1 sha256=8244cd6033264f0fb2f5ee7e43717fb4e8e9108fc2de45b687daf48a87e487e9
/usr/share/doc/libcom-err2/changelog.Debian.gz f 0644 0:0 size=8786 nlink=1 sha256=1db6794fd355736d94fb68cd0e7c2da6918f6de9e16f28366d9cdd69c67474c9
/usr/share/doc/libcom-err2/copyright f 0644 0:0 size=15209 nlink=1 sha256=1ca415a294c0e56958c4f795b3f1f69ea3479bca53d7811f5cdd020a258949db
/usr/share/doc/libcrypt1 d 0755 0:0
/usr/share/doc/libcrypt1/changelog.Debian.gz f 0644 0:0 size=2173 nlink=1 sha256=edcef3a88ac4d553cb907cd850a420f40aebeb1bbff0929a4c69ef447cf5620d
/usr/share/doc/libcrypt1/changelog.gz f 0644 0:0 size=9959 nlink=1 sha256=f106d6e71a5f446c88e71098964ea2d4bfb767a8276158a9c8b4c7bf70d95042
/usr/share/doc/libcrypt1/copyright f 0644 0:0 size=6010 nlink=1 sha256=5a5e7ca0e9f3f9679977e3a3e9ede45ad92885a3297ea78e766979f9866c5a16
/usr/share/doc/libdb5.3 d 0755 0:0
/usr/share/doc/libdb5.3/build_signature_amd64.txt f 0644 0:0 size=9 nlink=1 sha256=eed80e035208f79ea9acff09bd84e30640a7fb1d598e8a313578b9a3ebf40248
/usr/share/doc/libdb5.3/changelog.Debian.gz f 0644 0:0 size=676 nlink=1 sha256=84a1d2fb77be7fd2dd81b06faf027c4f4ff04b060290c3752b44af8fe0481910
/usr/share/doc/libdb5.3/copyright f 0644 0:0 size=17177 nlink=1 sha256=8b53da37d73289d9df7317b3a2dbe16491f1fa9fec8b77b86d69704b40ce2c26
/usr/share/doc/libdebconfclient0 d 0755 0:0
/usr/share/doc/libdebconfclient0/changelog.gz f 0644 0:0 size=3850 nlink=1 sha256=c88e5c56a68da2a6cbeaaf9be9cca485d6a05173fdaf4bf22484316b6d15e0a9
/usr/share/doc/libdebconfclient0/copyright f 0644 0:0 size=5856 nlink=1 sha256=cf63099896d1c0f6529c41b8d95738e6fea342ffba609187d339c4f38ce36ecc
/usr/share/doc/libext2fs2 d 0755 0:0
/usr/share/doc/libext2fs2/changelog.Debian.amd64.gz f 0644 0:0 size=237 nlink=1 sha256=8244cd6033264f0fb2f5ee7e43717fb4e8e9108fc2de45b687daf48a87e487e9
/usr/share/doc/libext2fs2/changelog.Debian.gz f 0644 0:0 size=8783 nlink=1 sha256=0630b0cab5ad176a41b852c9933e716f5a15e54d1f92dcf9875dcb916820fbe9
/usr/share/doc/libext2fs2/copyright f 0644 0:0 size=15209 nlink=1 sha256=1ca415a294c0e56958c4f795b3f1f69ea3479bca53d7811f5cdd020a258949db
/usr/share/doc/libffi8 d 0755 0:0
/usr/share/doc/libffi8/changelog.Debian.gz f 0644 0:0 size=1258 nlink=1 sha256=c5cc455059c8abaede4355a2cb2a281285de4a25cd3e8dd4013a47f841bc4658
/usr/share/doc/libffi8/copyright f 0644 0:0 size=10165 nlink=1 sha256=f83d2ecba1ea4d99957e81c50bebbd076a128194288a3ec22cc8ccdb77c43087
/usr/share/doc/libgcc-s1 l 0777 0:0 -> gcc-12-base
/usr/share/doc/libgcrypt20 d 0755 0:0
/usr/share/doc/libgcrypt20/AUTHORS.gz f 0644 0:0 size=4050 nlink=1 sha256=e37bccc4609498006feb404cc0e877ad8ede9fd0d8c5e769cdb68a1d2bd0f510
/usr/share/doc/libgcrypt20/NEWS.gz f 0644 0:0 size=15414 nlink=1 sha256=7a6856b018bba6dcf30f766d4c3944bed65cac20efb193b384bea4af64bc853b
/usr/share/doc/libgcrypt20/README.gz f 0644 0:0 size=4240 nlink=1 sha256=14a2b7162956d934f48f7e37390fa630de5d75faec53efae086855fb43205385
/usr/share/doc/libgcrypt20/THANKS.gz f 0644 0:0 size=3618 nlink=1 sha256=b4ab3b58942af018d013470746311e868557e5b664a20ddaf20bf9e9907aa5fb
/usr/share/doc/libgcrypt20/changelog.Debian.gz f 0644 0:0 size=3884 nlink=1 sha256=37a054518ecddfe222b07a42cc680b727742f88239bfc113c469a90e8c7c638b
/usr/share/doc/libgcrypt20/changelog.gz f 0644 0:0 size=209598 nlink=1 sha256=84909c3daa281368317880e82dd5933953806266110e129bdbb3ea27b08eea54
/usr/share/doc/libgcrypt20/copyright f 0644 0:0 size=24896 nlink=1 sha256=95db2f9da663f2bfe2aabe9c72fce9d6c9ae767b912f397d7823f50bd55a1a7d
/usr/share/doc/libgmp10 d 0755 0:0
/usr/share/doc/libgmp10/README.Debian f 0644 0:0 size=334 nlink=1 sha256=d1775a26bb45dcae5fae14312945a30822706fe992da77296672170e12e82d7d
/usr/share/doc/libgmp10/changelog.Debian.gz f 0644 0:0 size=14571 nlink=1 sha256=376dcf7d85a7554f392d94c03238dd42eb186f6184984e5a35745a8eb36eb721
/usr/share/doc/libgmp10/changelog.gz f 0644 0:0 size=313047 nlink=1 sha256=bd6f33bc7f0e93d8c93ffb0f455657d0ac1a87f61005805a6078095679b034cd
/usr/share/doc/libgmp10/copyright f 0644 0:0 size=4153 nlink=1 sha256=7d366aef5ba325150246de1d7820c4c9926cd27ca61a69948492b26cd3b61601
/usr/share/doc/libgnutls30 d 0755 0:0
/usr/share/doc/libgnutls30/AUTHORS.gz f 0644 0:0 size=4235 nlink=1 sha256=0cf1bb9fecbc2176fac2a4eb36d62b542360195bd678ceaf362b7e0c11a7a048
/usr/share/doc/libgnutls30/NEWS.Debian.gz f 0644 0:0 size=1328 nlink=1 sha256=5e1ce5b392fa97238c0cd335423091b5ae1ada887ad90fd7c5a10fc31cb315ca
/usr/share/doc/libgnutls30/NEWS.gz f 0644 0:0 size=109520 nlink=1 sha256=af10d8ac5f31ab40b4ee8b21ac454fc981f9f41a2f68fc3f370ef4547f969341
/usr/share/doc/libgnutls30/README.md.gz f 0644 0:0 size=2986 nlink=1 sha256=7447fcdb7f2d2b8dca4f7a041d1ce5ff4940aef20fb71670340e4a765a70fb66
/usr/share/doc/libgnutls30/THANKS.gz f 0644 0:0 size=3765 nlink=1 sha256=e58f8be34f40f3409243faed27d386abfc614f54cbdb5f8ba420b5bd1f8746dd
/usr/share/doc/libgnutls30/changelog.Debian.gz f 0644 0:0 size=8302 nlink=1 sha256=49b699d24dae7a097b3134de9487f25b2ce59cff919875388bd730020de11d41
/usr/share/doc/libgnutls30/changelog.gz f 0644 0:0 size=360714 nlink=1 sha256=e01641add6c33ff956ce01f86e57cf359aeb036af1352e3749f2a7655af42d37
/usr/share/doc/libgnutls30/copyright f 0644 0:0 size=51588 nlink=1 sha256=bb7e5c24b3e27bbba5671dd710d159a0066833bda4caa1d55d8027ffed539337
/usr/share/doc/libgpg-error0 d 0755 0:0
/usr/share/doc/libgpg-error0/README.gz f 0644 0:0 size=2694 nlink=1 sha256=ba795280489043e22269601673eb5c9adf714c7a0b85544439a2161a32504611
/usr/share/doc/libgpg-error0/changelog.Debian.gz f 0644 0:0 size=1753 nlink=1 sha256=a408381e50e6153bf0e5df23e55541e47d99601f711f7874cd5bbc70f9d8e4e7
/usr/share/doc/libgpg-error0/changelog.gz f 0644 0:0 size=9612 nlink=1 sha256=e4d35943d307223f9269199d201e386ed11be7efa712ab73f827f264b0b8f0b2
/usr/share/doc/libgpg-error0/copyright f 0644 0:0 size=4903 nlink=1 sha256=8760fd36efa1d7186f8769d4e76a3e678045b94d54465bf6f2db5eb871c7c27f
/usr/share/doc/libhogweed6 d 0755 0:0
/usr/share/doc/libhogweed6/changelog.Debian.gz f 0644 0:0 size=7172 nlink=1 sha256=0c541f55db3252e90e667d672b486222fb3b2a424a9356865c0a2b0ecfb0e712
/usr/share/doc/libhogweed6/changelog.gz f 0644 0:0 size=122690 nlink=1 sha256=58a09328d3eb3c1718cd3011be8f20c5036b7d63caad47f7b40361415a2ad6fc
/usr/share/doc/libhogweed6/copyright f 0644 0:0 size=24923 nlink=1 sha256=ca2ca597320220c00ef6dc0fe5d0d82025548d6d4ba80e85615eb691f9021f93
/usr/share/doc/libidn2-0 d 0755 0:0
/usr/share/doc/libidn2-0/AUTHORS f 0644 0:0 size=212 nlink=1 sha256=7719304df806ca5cd68c1f1c7e0139e0c11ed14fede560ae192d3c4d1989e839
/usr/share/doc/libidn2-0/NEWS.gz f 0644 0:0 size=4983 nlink=1 sha256=75e01adfe173ec210b1cddfd47a05038e7d58abd0d714da4198b14532f757ee7
/usr/share/doc/libidn2-0/README.md.gz f 0644 0:0 size=1748 nlink=1 sha256=fa49a193936c05c411c52b08e22aa7b570adb7f0bfbecd90a63fdbca30b58e9f
/usr/share/doc/libidn2-0/changelog.Debian.amd64.gz f 0644 0:0 size=237 nlink=1 sha256=1a7af995dc34bc74ec00f5f02781a2f11724c48d89364fe4135f91b01fa755a3
/usr/share/doc/libidn2-0/changelog.Debian.gz f 0644 0:0 size=4162 nlink=1 sha256=9668ddee111cc97bc9dd24ab60bbaae981a1f09f7a70e7f957ca64852fd71233
/usr/share/doc/libidn2-0/changelog.gz f 0644 0:0 size=19114 nlink=1 sha256=0c933c0714a08f3f805062f96c38abe2c44dd97cd42880150427185e2fb85365
/usr/share/doc/libidn2-0/copyright f 0644 0:0 size=5348 nlink=1 sha256=41702469f28e8ff406345e3d1dd0c741f11bdfca319264f67036efd6aaa79e4b
/usr/share/doc/liblz4-1 d 0755 0:0
/usr/share/doc/liblz4-1/changelog.Debian.gz f 0644 0:0 size=2799 nlink=1 sha256=3ca73fa6f528bc9dc98f64e137ddcaf0e0ec3b0a0952feba3b6a7e7b11843c75
/usr/share/doc/liblz4-1/copyright f 0644 0:0 size=3275 nlink=1 sha256=d3be0f43fe14da244f97c451bbae789c0acf868612598a69f5f22a289abeca40
/usr/share/doc/liblzma5 d 0755 0:0
/usr/share/doc/liblzma5/AUTHORS f 0644 0:0 size=1402 nlink=1 sha256=07def6a20ec5430b6ad04cf1286da3f53fbb86cf6d2026119945ccd55d3a2258
/usr/share/doc/liblzma5/NEWS.gz f 0644 0:0 size=19047 nlink=1 sha256=82eba951f032c47551fbac2c90307d1ef9cdccf93789fd14faffe8eb2bf7ebb5
/usr/share/doc/liblzma5/THANKS f 0644 0:0 size=3205 nlink=1 sha256=6e9ffdb483e1396d4d749216f8d001749c6b822a00e0df0b37452083bb018f6e
/usr/share/doc/liblzma5/changelog.Debian.gz f 0644 0:0 size=1759 nlink=1 sha256=7bec0e4f8279afa85814ccdff535bf7b19246e9cf0eca61bf4581f06c35e00a2
/usr/share/doc/liblzma5/changelog.gz f 0644 0:0 size=88441 nlink=1 sha256=80390e4141d39c5f2b49ee326fce3cc2adbb9e426cb6c07c6d0fd87bb783bd51
/usr/share/doc/liblzma5/copyright f 0644 0:0 size=15465 nlink=1 sha256=a2dc8fac0f496e1c58aff67018cf0c6b88336316afa5642f9335b71642e28aa8
/usr/share/doc/libmd0 d 0755 0:0
/usr/share/doc/libmd0/changelog.Debian.gz f 0644 0:0 size=1166 nlink=1 sha256=c82630f94d35b890487cf838c4e5d2f781be672a4a0b1679dc30a83a291e2788
/usr/share/doc/libmd0/changelog.gz f 0644 0:0 size=7670 nlink=1 sha256=8139c58a9bc43d9e849e85b9d2eec29057e2de98dd319936b594a5cda2a6a334
/usr/share/doc/libmd0/copyright f 0644 0:0 size=8018 nlink=1 sha256=4365ef6255ad553fce69dd4bc0e093472c5d0e41b8ea493a545cc926ce171aa6
/usr/share/doc/libmount1 d 0755 0:0
/usr/share/doc/libmount1/changelog.Debian.gz f 0644 0:0 size=7943 nlink=1 sha256=2ebcd28b5ab7039f7d0b9d0035da20c0720eb00aa931bac894ab318e58068186
/usr/share/doc/libmount1/changelog.gz f 0644 0:0 size=113 nlink=1 sha256=888535968181aba6a5c876f376e173d08f6a948a872df1bc41d1119ad2fd1a1f
/usr/share/doc/libmount1/copyright f 0644 0:0 size=23237 nlink=1 sha256=30539a2df6a89d844f43c727505a3193a60515f8ec6cdede8cc515ed22941d1c
/usr/share/doc/libnettle8 d 0755 0:0
/usr/share/doc/libnettle8/NEWS.gz f 0644 0:0 size=21230 nlink=1 sha256=e5b7b451f2f0a86085d9dd2eb1a6bbd0d3c69f0431a5b0edc5903017434991fd
/usr/share/doc/libnettle8/README f 0644 0:0 size=2437 nlink=1 sha256=02cb98d7b68bd895fe26752c5f10d7eb23623dff90238998e019c26994c6739b
/usr/share/doc/libnettle8/changelog.Debian.gz f 0644 0:0 size=7172 nlink=1 sha256=0c541f55db3252e90e667d672b486222fb3b2a424a9356865c0a2b0ecfb0e712
/usr/share/doc/libnettle8/changelog.gz f 0644 0:0 size=122690 nlink=1 sha256=58a09328d3eb3c1718cd3011be8f20c5036b7d63caad47f7b40361415a2ad6fc
/usr/share/doc/libnettle8/copyright f 0644 0:0 size=24923 nlink=1 sha256=ca2ca597320220c00ef6dc0fe5d0d82025548d6d4ba80e85615eb691f9021f93
/usr/share/doc/libp11-kit0 d 0755 0:0
/usr/share/doc/libp11-kit0/changelog.Debian.gz f 0644 0:0 size=1884 nlink=1 sha256=c4bd7bdea0b3ad9f1019269578ec1c27c4458a435666a1c296e7ea935066b667
/usr/share/doc/libp11-kit0/changelog.gz f 0644 0:0 size=149305 nlink=1 sha256=e98d0118fc12c095cac3c89699e941b708481e69a7fa3ff9f6095f1ad74a66e1
/usr/share/doc/libp11-kit0/copyright f 0644 0:0 size=8646 nlink=1 sha256=ed139379f7c874f0ee75f3ddcc2e01091dd828d84ee1a0bdff6a1c5673ee6e58
/usr/share/doc/libp11-kit0/examples d 0755 0:0
/usr/share/doc/libp11-kit0/examples/pkcs11.conf.example f 0644 0:0 size=390 nlink=1 sha256=5f8fb09ce1ecb5aac84612a6d8255111ade9cbf9ad972cad61858f4678a146df
/usr/share/doc/libpam-modules d 0755 0:0
/usr/share/doc/libpam-modules-bin d 0755 0:0
/usr/share/doc/libpam-modules-bin/NEWS.Debian.gz f 0644 0:0 size=1604 nlink=1 sha256=0d1064037daadb675ffc7ec57ede09a3b3b08b65f3094004e7635c3f4c66ed5a
/usr/share/doc/libpam-modules-bin/changelog.Debian.gz f 0644 0:0 size=4829 nlink=1 sha256=a3d03e93e9e9bbdc22b3eac6561a84fe27b02b8565c0b0f7f9a9597774d7536b
/usr/share/doc/libpam-modules-bin/changelog.gz f 0644 0:0 size=31073 nlink=1 sha256=40d6bf2b5b43040d1b263f35923a12af10f7d5d48d8352b6fc096d0c62e26a6c
/usr/share/doc/libpam-modules-bin/copyright f 0644 0:0 size=9477 nlink=1 sha256=9596b9028339d66c285422237728d6170e1e29d0b0d9adf0e9f1bda82e2391ce
/usr/share/doc/libpam-modules/NEWS.Debian.gz f 0644 0:0 size=1604 nlink=1 sha256=0d1064037daadb675ffc7ec57ede09a3b3b08b65f3094004e7635c3f4c66ed5a
/usr/share/doc/libpam-modules/changelog.Debian.gz f 0644 0:0 size=4829 nlink=1 sha256=f08865a7a065822179e5c7d7b75129c7242a453a7f09c05aece5c0dfc143ea24
/usr/share/doc/libpam-modules/changelog.gz f 0644 0:0 size=31073 nlink=1 sha256=40d6bf2b5b43040d1b263f35923a12af10f7d5d48d8352b6fc096d0c62e26a6c
/usr/share/doc/libpam-modules/copyright f 0644 0:0 size=9477 nlink=1 sha256=9596b9028339d66c285422237728d6170e1e29d0b0d9adf0e9f1bda82e2391ce
/usr/share/doc/libpam-modules/examples d 0755 0:0
/usr/share/doc/libpam-modules/examples/upperLOWER.c f 0644 0:0 size=3669 nlink=1 sha256=9d20eebe8a8fc53ca78dbd2db57b9db65be1215306c385dbe5782d2c5b84d064
/usr/share/doc/libpam-runtime d 0755 0:0
/usr/share/doc/libpam-runtime/NEWS.Debian.gz f 0644 0:0 size=1604 nlink=1 sha256=0d1064037daadb675ffc7ec57ede09a3b3b08b65f3094004e7635c3f4c66ed5a
/usr/share/doc/libpam-runtime/changelog.Debian.gz f 0644 0:0 size=4829 nlink=1 sha256=f036a2651440bd575fc701663cfbfbdbf605e37085cde812b3a1d857dfe7ba33
/usr/share/doc/libpam-runtime/changelog.gz f 0644 0:0 size=31073 nlink=1 sha256=40d6bf2b5b43040d1b263f35923a12af10f7d5d48d8352b6fc096d0c62e26a6c
/usr/share/doc/libpam-runtime/copyright f 0644 0:0 size=9477 nlink=1 sha256=9596b9028339d66c285422237728d6170e1e29d0b0d9adf0e9f1bda82e2391ce
/usr/share/doc/libpam0g d 0755 0:0
/usr/share/doc/libpam0g/Debian-PAM-MiniPolicy.gz f 0644 0:0 size=2500 nlink=1 sha256=3b93147054010d5e1092f37130b915c0bd2e0364f5895f7c17c2fe1a677d9d72
/usr/share/doc/libpam0g/NEWS.Debian.gz f 0644 0:0 size=1604 nlink=1 sha256=0d1064037daadb675ffc7ec57ede09a3b3b08b65f3094004e7635c3f4c66ed5a
/usr/share/doc/libpam0g/README f 0644 0:0 size=1821 nlink=1 sha256=cf0e4868e00adfeddffefb475a4057432d8a4fccd7ef633c165802d25ca54c6d
/usr/share/doc/libpam0g/README.Debian f 0644 0:0 size=552 nlink=1 sha256=9d4bb1a3d0e771d580538d4cbad8a974f03f4896304b88023c4c02e6491b47cb
/usr/share/doc/libpam0g/TODO.Debian f 0644 0:0 size=365 nlink=1 sha256=c1fbe42161484018525d47a16fea8282c4334b45f3b460643e37a7964e8f639a
/usr/share/doc/libpam0g/changelog.Debian.gz f 0644 0:0 size=4829 nlink=1 sha256=b78d89eedead220ae4b81cd30c15797d8adb70c39bf636af8d2a578441cf3efe
/usr/share/doc/libpam0g/changelog.gz f 0644 0:0 size=31073 nlink=1 sha256=40d6bf2b5b43040d1b263f35923a12af10f7d5d48d8352b6fc096d0c62e26a6c
/usr/share/doc/libpam0g/copyright f 0644 0:0 size=9477 nlink=1 sha256=9596b9028339d66c285422237728d6170e1e29d0b0d9adf0e9f1bda82e2391ce
/usr/share/doc/libpcre2-8-0 d 0755 0:0
/usr/share/doc/libpcre2-8-0/README.Debian f 0644 0:0 size=458 nlink=1 sha256=c8b10fd8a13c4913ce6d9640636276de05f285cd63f3b18bf123f3ff9d66672d
/usr/share/doc/libpcre2-8-0/changelog.Debian.gz f 0644 0:0 size=1292 nlink=1 sha256=015688c264c0fe7abc05e4478daf5da925f266fbe6414a7b2f33128963c19401
/usr/share/doc/libpcre2-8-0/changelog.gz f 0644 0:0 size=47006 nlink=1 sha256=77e5059b024f3d34c6e7ef176215c00501c17006cf8db6cfb19f2d458d703816
/usr/share/doc/libpcre2-8-0/copyright f 0644 0:0 size=6626 nlink=1 sha256=030511beb4d9d620ad09914c369c36ec0528dcf301d1923cc643c948ee7c6a38
/usr/share/doc/libseccomp2 d 0755 0:0
/usr/share/doc/libseccomp2/changelog.Debian.gz f 0644 0:0 size=1904 nlink=1 sha256=7ec029509b7a81aec4189cec172b01aa758d47df5d4d4930a60549ef6f794dd5
/usr/share/doc/libseccomp2/changelog.gz f 0644 0:0 size=3492 nlink=1 sha256=19ef24fe589939a0ab2705870187903cf82428c32dec359057aab35c42d9da65
/usr/share/doc/libseccomp2/copyright f 0644 0:0 size=1429 nlink=1 sha256=6da0653a365b80ab31478dbfe9e7c358e80d58b6d2b52b4e16b4dbb42d7d9f5c
/usr/share/doc/libselinux1 d 0755 0:0
/usr/share/doc/libselinux1/changelog.Debian.amd64.gz f 0644 0:0 size=237 nlink=1 sha256=ed51ab9ea9aac70566a1c0631ea82dd0416eb3d9a11b690e1f3bd9d979f2246c
/usr/share/doc/libselinux1/changelog.Debian.gz f 0644 0:0 size=1632 nlink=1 sha256=6fe1e10be986d9a6a59dd74eaf042a74fa62c91c0e17d39426547ab1eab1fd5d
/usr/share/doc/libselinux1/copyright f 0644 0:0 size=3131 nlink=1 sha256=641806738b0c6a3d03168c2649e6b94205198bb66cd557e6bae3a20b71c9bb0b
/usr/share/doc/libsemanage-common d 0755 0:0
/usr/share/doc/libsemanage-common/changelog.Debian.gz f 0644 0:0 size=13297 nlink=1 sha256=ae532082069e5e9a191abd2150f7b250830bec4d2efe346ad870da517a0b1d4f
/usr/share/doc/libsemanage-common/copyright f 0644 0:0 size=1830 nlink=1 sha256=e00e6a86c598f9e24ced0180a70a5f2f2e45e133d93adf2b17ce8a06ce4b1b51
/usr/share/doc/libsemanage2 d 0755 0:0
/usr/share/doc/libsemanage2/changelog.Debian.amd64.gz f 0644 0:0 size=229 nlink=1 sha256=5aff61ae7d7072fddc02bdb1d1b6522089747ce78ecc34fc2f9cfba16a4d8dc8
/usr/share/doc/libsemanage2/changelog.Debian.gz f 0644 0:0 size=1474 nlink=1 sha256=a274ddefd3ab2ad0d30e352d2eddc7e02c3d4023a1b779832acffa8491a400c8
/usr/share/doc/libsemanage2/copyright f 0644 0:0 size=1830 nlink=1 sha256=e00e6a86c598f9e24ced0180a70a5f2f2e45e133d93adf2b17ce8a06ce4b1b51
/usr/share/doc/libsepol2 d 0755 0:0
/usr/share/doc/libsepol2/changelog.Debian.gz f 0644 0:0 size=1350 nlink=1 sha256=7c6e7d976f7745f610298907042a3e6d2ff36ed7ef5d77c21c51acd5ce1cd455
/usr/share/doc/libsepol2/copyright f 0644 0:0 size=3750 nlink=1 sha256=78d2a34606a0302057ec499a3b3c07bcbc43ca334064ce4c80891a0f69c8f6c6
/usr/share/doc/libsmartcols1 d 0755 0:0
/usr/share/doc/libsmartcols1/changelog.Debian.gz f 0644 0:0 size=7943 nlink=1 sha256=5ee9c27948588df95c2bf929f6339e3d9a1df972bd55cbbbf8b304f79409c2ee
/usr/share/doc/libsmartcols1/changelog.gz f 0644 0:0 size=113 nlink=1 sha256=888535968181aba6a5c876f376e173d08f6a948a872df1bc41d1119ad2fd1a1f
/usr/share/doc/libsmartcols1/copyright f 0644 0:0 size=23237 nlink=1 sha256=30539a2df6a89d844f43c727505a3193a60515f8ec6cdede8cc515ed22941d1c
/usr/share/doc/libss2 d 0755 0:0
/usr/share/doc/libss2/changelog.Debian.amd64.gz f 0644 0:0 size=237 nlink=1 sha256=8244cd6033264f0fb2f5ee7e43717fb4e8e9108fc2de45b687daf48a87e487e9
/usr/share/doc/libss2/changelog.Debian.gz f 0644 0:0 size=8783 nlink=1 sha256=9036e11c0cf7eccdd3513eb9bfa9fe3ea60aaff1d48ff8ad5336800c156204b8
/usr/share/doc/libss2/copyright f 0644 0:0 size=15209 nlink=1 sha256=1ca415a294c0e56958c4f795b3f1f69ea3479bca53d7811f5cdd020a258949db
/usr/share/doc/libstdc++6 l 0777 0:0 -> gcc-12-base
/usr/share/doc/libsystemd0 d 0755 0:0
/usr/share/doc/libsystemd0/NEWS.Debian.gz f 0644 0:0 size=2441 nlink=1 sha256=1874b15f331e51c0cc5df73af9929ed06b0257b0b2fd4e0c5765af1940dd9032
/usr/share/doc/libsystemd0/changelog.Debian.gz f 0644 0:0 size=28804 nlink=1 sha256=a38aeb9bbd6de4e9fedbd4516b9bd212079e049d24952f4a180c9da8ba2e1c0d
/usr/share/doc/libsystemd0/copyright f 0644 0:0 size=12776 nlink=1 sha256=a7d06854714a1ca99f6dbd1a1641dde5bcf28635be149f6554449618f8f427f3
/usr/share/doc/libtasn1-6 d 0755 0:0
/usr/share/doc/libtasn1-6/AUTHORS f 0644 0:0 size=456 nlink=1 sha256=fb00a53c054e6e23bfdd1481b71e40a9246095e110567483841371e05a984812
/usr/share/doc/libtasn1-6/README.md f 0644 0:0 size=2735 nlink=1 sha256=a857292079b983515e8bcc755ac9d0f7d6b61ac9e82ca2bd70f13f70f4821cfe
/usr/share/doc/libtasn1-6/THANKS f 0644 0:0 size=1269 nlink=1 sha256=de2545275d790dbe2c487ea6f94cf4a4cce7492e031d3164618826ed6415ffc5
/usr/share/doc/libtasn1-6/changelog.Debian.gz f 0644 0:0 size=1823 nlink=1 sha256=34a1a39dab74b742b37ff28c2c994d5bdb400ff71660905542ce4de4af0cef12
/usr/share/doc/libtasn1-6/changelog.gz f 0644 0:0 size=8570 nlink=1 sha256=794919ad8715759875293bda08ac327e6c5ea62bc4a272d008aead848f06995f
/usr/share/doc/libtasn1-6/copyright f 0644 0:0 size=3451 nlink=1 sha256=572ad60ad184d8f52c6dc66d83a61a68f137db560b3452ce00588c9ecf128a65
/usr/share/doc/libtinfo6 d 0755 0:0
/usr/share/doc/libtinfo6/changelog.Debian.gz f 0644 0:0 size=4249 nlink=1 sha256=e98e37839b1cb0dd1f91925317d9bc849164c081d90298aa4ffa050f090ce384
/usr/share/doc/libtinfo6/changelog.gz f 0644 0:0 size=238533 nlink=1 sha256=ae5a23d3a3f4ab8cdb8dd412602cb0a27fd8f9c24eeeedf35eb2c3b03ba75b3f
/usr/share/doc/libtinfo6/copyright f 0644 0:0 size=4670 nlink=1 sha256=f0974fb41778e23c94111ff90da0546de8971f8270c58877283d372e6bd7f17e
/usr/share/doc/libudev1 d 0755 0:0
/usr/share/doc/libudev1/NEWS.Debian.gz f 0644 0:0 size=2441 nlink=1 sha256=1874b15f331e51c0cc5df73af9929ed06b0257b0b2fd4e0c5765af1940dd9032
/usr/share/doc/libudev1/changelog.Debian.gz f 0644 0:0 size=28807 nlink=1 sha256=e50cc9d40f5d799f510e31a2b570576cf66a38a767978fe2fc16494c8279a59c
/usr/share/doc/libudev1/copyright f 0644 0:0 size=12776 nlink=1 sha256=a7d06854714a1ca99f6dbd1a1641dde5bcf28635be149f6554449618f8f427f3
/usr/share/doc/libunistring2 d 0755 0:0
/usr/share/doc/libunistring2/changelog.Debian.gz f 0644 0:0 size=2895 nlink=1 sha256=d89b7cc960b095c15fe256e2792a372caf262ad5d775e4557a23f480c3a6c5fd
/usr/share/doc/libunistring2/changelog.gz f 0644 0:0 size=12427 nlink=1 sha256=bfd79b376e2794f7ba46674afe604703ed363157da360ecdec0fbcd6cb024cb7
/usr/share/doc/libunistring2/copyright f 0644 0:0 size=6068 nlink=1 sha256=0035f89e5317f3cec389383e8727788521b0fde3e75cea881fa0e92e1d48cb57
/usr/share/doc/libuuid1 d 0755 0:0
/usr/share/doc/libuuid1/changelog.Debian.gz f 0644 0:0 size=7944 nlink=1 sha256=2079d383998e9e1f40ed19010f33bfb03a8bad5510bf01159fdba2d866d743d8
/usr/share/doc/libuuid1/changelog.gz f 0644 0:0 size=113 nlink=1 sha256=888535968181aba6a5c876f376e173d08f6a948a872df1bc41d1119ad2fd1a1f
/usr/share/doc/libuuid1/copyright f 0644 0:0 size=23237 nlink=1 sha256=30539a2df6a89d844f43c727505a3193a60515f8ec6cdede8cc515ed22941d1c
/usr/share/doc/libxxhash0 d 0755 0:0
/usr/share/doc/libxxhash0/changelog.Debian.gz f 0644 0:0 size=1328 nlink=1 sha256=b09b8d35bc2e24e56976b3b48364b4925270a72ee2404938c9d197947bc99b76
/usr/share/doc/libxxhash0/changelog.gz f 0644 0:0 size=2039 nlink=1 sha256=6073904db0ef4f8c7a272a83f23afb3fcab4c7c2c778aabf020f52831a0a4566
/usr/share/doc/libxxhash0/copyright f 0644 0:0 size=2579 nlink=1 sha256=a123c93b07e781919ae996276ac02bb1c8b19dfde88176cd1240ab277c14a4ce
/usr/share/doc/libzstd1 d 0755 0:0
/usr/share/doc/libzstd1/changelog.Debian.gz f 0644 0:0 size=4380 nlink=1 sha256=989988d3b9aa0dbb0d63d660711a4226a472c767df967a3419d8d15de9aa08ee
/usr/share/doc/libzstd1/changelog.gz f 0644 0:0 size=16421 nlink=1 sha256=efc48d1ae9426dc518dee99e7a3f2e921ad3f461ab59f74dafac78b80575fb36
/usr/share/doc/libzstd1/copyright f 0644 0:0 size=5389 nlink=1 sha256=35e85e8e9bbb71492c5f5dddf39ed65b68775a02ad8d710c25d097b497f06c49
/usr/share/doc/login d 0755 0:0
/usr/share/doc/login/NEWS.Debian.gz f 0644 0:0 size=1006 nlink=1 sha256=3f2541a647aae02b22e36b401ee44febad67f40a1efe20695cd1fb488a9f8de5
/usr/share/doc/login/changelog.Debian.gz f 0644 0:0 size=3732 nlink=1 sha256=3181fecbec1eaeb85583e13f62e3b4863bae23c3dc456517602719506f3d659b
/usr/share/doc/login/changelog.gz f 0644 0:0 size=148367 nlink=1 sha256=a9a05fc1c55f3a6c040f6d903ce8f38017b58ba7e7f12fa324051f26e96d8f11
/usr/share/doc/login/copyright f 0644 0:0 size=7044 nlink=1 sha256=a4c3e5b19700dd3cc5961663d204bd7150f65f913314682aede5931548c436d5
/usr/share/doc/logsave d 0755 0:0
/usr/share/doc/logsave/changelog.Debian.amd64.gz f 0644 0:0 size=237 nlink=1 sha256=8244cd6033264f0fb2f5ee7e43717fb4e8e9108fc2de45b687daf48a87e487e9
/usr/share/doc/logsave/changelog.Debian.gz f 0644 0:0 size=8782 nlink=1 sha256=de3b7c8f452b6d7977e2e9940b823f1b5a065fe28dbb9064fbdc122daba9f24b
/usr/share/doc/logsave/copyright f 0644 0:0 size=15209 nlink=1 sha256=1ca415a294c0e56958c4f795b3f1f69ea3479bca53d7811f5cdd020a258949db
/usr/share/doc/mawk d 0755 0:0
/usr/share/doc/mawk/ACKNOWLEDGMENT f 0644 0:0 size=1520 nlink=1 sha256=5dcb740c900e17459162305b87ae3e450f3b70373300d93680ebb738d484a882
/usr/share/doc/mawk/README f 0644 0:0 size=3394 nlink=1 sha256=15a34885b305c411184084e8520835b265a73cebeb639b78a55dcce9d7fcd790
/usr/share/doc/mawk/changelog.Debian.gz f 0644 0:0 size=5584 nlink=1 sha256=a5d27b459f2be002ed80c8bfc7dd4c805a957788f7a0dd3dbf22ca05a4cfb224
/usr/share/doc/mawk/changelog.gz f 0644 0:0 size=12908 nlink=1 sha256=5a0735722a2c41fd295b5465e17266e179a1ff2bb79ac95b1c354dae28712fb6
/usr/share/doc/mawk/copyright f 0644 0:0 size=22591 nlink=1 sha256=167d04422f2fdf76ab565878c23be8ba0c2ebb2c57a5dac0a5a59ccd27e747a5
/usr/share/doc/mawk/examples d 0755 0:0
/usr/share/doc/mawk/examples/ct_length.awk f 0755 0:0 size=407 nlink=1 sha256=9c35a3dc3e21df0994f300480534a3d2448439c68dfb9c86b07ac55f3f7daaad
/usr/share/doc/mawk/examples/decl.awk f 0755 0:0 size=3044 nlink=1 sha256=4d245a6407737f1a1a23e917864446bf67b0f65a40ff8b2104792d296cd8c990
/usr/share/doc/mawk/examples/deps.awk f 0755 0:0 size=1306 nlink=1 sha256=43594769d9703c5e0d332a63cc63674004906233e6251af88cbd1b7f9606c96f
/usr/share/doc/mawk/examples/eatc.awk f 0755 0:0 size=492 nlink=1 sha256=61f37c365c8031d75adaad557d21b2747c0ee4c5ebc740b73eb6d1f4b99107a9
/usr/share/doc/mawk/examples/gdecl.awk f 0755 0:0 size=2791 nlink=1 sha256=a8ff383479aa0c590d1d20badcd9c9e401d24e2c043875ac673e9a120648604d
/usr/share/doc/mawk/examples/hcal f 0755 0:0 size=14046 nlink=1 sha256=ef633b5fcc59cddcd93e9f81013641f675f685990edb4486ee0179b736b148db
/usr/share/doc/mawk/examples/hical f 0755 0:0 size=2960 nlink=1 sha256=a16a28a74b2b1fef40382afb7c6d178e270d8e63d625cff2fa869ff0313b7a75
/usr/share/doc/mawk/examples/nocomment.awk f 0755 0:0 size=590 nlink=1 sha256=4b9742fc8772be0d6b0b3e1dfeaebd40e733d242e16ed678b9c84be4014d59d2
/usr/share/doc/mawk/examples/primes.awk f 0755 0:0 size=1058 nlink=1 sha256=3c1f108966196a68e40ff5e96a586d0056ffddb9bffa289a999f6631858ba69e
/usr/share/doc/mawk/examples/qsort.awk f 0755 0:0 size=1094 nlink=1 sha256=d5cbe5d9f15cffb284c3b276be20c1b3859f37b94b202796bb6b3d8ab01ecaa9
/usr/share/doc/mount d 0755 0:0
/usr/share/doc/mount/changelog.Debian.gz f 0644 0:0 size=7943 nlink=1 sha256=f27233e9f1f204ac29553321d81b6258689bd5993f4c03520ba2b0508b4c94f0
/usr/share/doc/mount/changelog.gz f 0644 0:0 size=113 nlink=1 sha256=888535968181aba6a5c876f376e173d08f6a948a872df1bc41d1119ad2fd1a1f
/usr/share/doc/mount/copyright f 0644 0:0 size=23237 nlink=1 sha256=30539a2df6a89d844f43c727505a3193a60515f8ec6cdede8cc515ed22941d1c
/usr/share/doc/mount/examples d 0755 0:0
/usr/share/doc/mount/examples/filesystems f 0644 0:0 size=41 nlink=1 sha256=771d382fc5a0004b7eafb95b9fff000f53423e1fa69bfbce4840650e05841dea
/usr/share/doc/mount/examples/fstab f 0644 0:0 size=829 nlink=1 sha256=c48c63f2f4d41acf0824578f3cd64082f041c13fa81a484e55bb8634a8f4079f
/usr/share/doc/mount/examples/mount.fstab f 0644 0:0 size=1670 nlink=1 sha256=f040824929cf627d2662fbe8aa5a2faedeedf05078b515ad07f6cabb7785c0a1
/usr/share/doc/mount/mount.txt f 0644 0:0 size=521 nlink=1 sha256=c27fa16d474efacefb09be205e34ca449c8cdd6e5e9d07a61c3644e6a8b56ccc
/usr/share/doc/ncurses-base d 0755 0:0
/usr/share/doc/ncurses-base/FAQ f 0644 0:0 size=2383 nlink=1 sha256=fabb9699ecb70b28f3f22e9e350d89217146ed94b9d84a4f23b92503b81a6bc6
/usr/share/doc/ncurses-base/TODO.Debian f 0644 0:0 size=256 nlink=1 sha256=3e2e47eca13ba481d4d4813d99e3b1140ead9f35423822dcc20241c54b784e7b
/usr/share/doc/ncurses-base/changelog.Debian.gz f 0644 0:0 size=4249 nlink=1 sha256=e41f8712199e1ebeaf5e5a93b3d2cf41fb53b9e40130e6ecf4ac98623554672c
/usr/share/doc/ncurses-base/changelog.gz f 0644 0:0 size=238533 nlink=1 sha256=ae5a23d3a3f4ab8cdb8dd412602cb0a27fd8f9c24eeeedf35eb2c3b03ba75b3f
/usr/share/doc/ncurses-base/copyright f 0644 0:0 size=4670 nlink=1 sha256=f0974fb41778e23c94111ff90da0546de8971f8270c58877283d372e6bd7f17e
/usr/share/doc/ncurses-bin d 0755 0:0
/usr/share/doc/ncurses-bin/changelog.Debian.gz f 0644 0:0 size=4250 nlink=1 sha256=f35ddc89ceb33291cee94df1c61c9e557be35be51b7a7b52a1c77906b9d36aa8
/usr/share/doc/ncurses-bin/changelog.gz f 0644 0:0 size=238533 nlink=1 sha256=ae5a23d3a3f4ab8cdb8dd412602cb0a27fd8f9c24eeeedf35eb2c3b03ba75b3f
/usr/share/doc/ncurses-bin/copyright f 0644 0:0 size=4670 nlink=1 sha256=f0974fb41778e23c94111ff90da0546de8971f8270c58877283d372e6bd7f17e
/usr/share/doc/passwd d 0755 0:0
/usr/share/doc/passwd/NEWS.Debian.gz f 0644 0:0 size=1006 nlink=1 sha256=3f2541a647aae02b22e36b401ee44febad67f40a1efe20695cd1fb488a9f8de5
/usr/share/doc/passwd/README.Debian f 0644 0:0 size=2075 nlink=1 sha256=9c387018f2570af51a71c5917283185eb70734bb1611dd7f97fd45089877f355
/usr/share/doc/passwd/TODO.Debian f 0644 0:0 size=1020 nlink=1 sha256=d0e5fce86c593bacdd01c6cfd6dfec922eeb8dd5dd1fae1d37f0c407414b0cd6
/usr/share/doc/passwd/changelog.Debian.gz f 0644 0:0 size=3732 nlink=1 sha256=8df1750aa9c5c73122f527dc656c118990603f65fb6f31ba243202559eb32c85
/usr/share/doc/passwd/changelog.gz f 0644 0:0 size=148367 nlink=1 sha256=a9a05fc1c55f3a6c040f6d903ce8f38017b58ba7e7f12fa324051f26e96d8f11
/usr/share/doc/passwd/copyright f 0644 0:0 size=7044 nlink=1 sha256=a4c3e5b19700dd3cc5961663d204bd7150f65f913314682aede5931548c436d5
/usr/share/doc/passwd/examples d 0755 0:0
/usr/share/doc/passwd/examples/passwd.expire.cron f 0644 0:0 size=1816 nlink=1 sha256=77e169c74ccd5bfff5c5d3c6504353abd06aacef875dd0b24a80d70ff39a1474
/usr/share/doc/perl d 0755 0:0
/usr/share/doc/perl-base d 0755 0:0
/usr/share/doc/perl-base/changelog.Debian.gz f 0644 0:0 size=4238 nlink=1 sha256=010460ed9a0c43efe58936793dc4f356f5d5985bf60371e9f9570955f2fd4da6
/usr/share/doc/perl-base/changelog.gz f 0644 0:0 size=1264 nlink=1 sha256=94a13bdf441f11af25c83a430dbe3bc67977275efec412256c9564df540e0b0a
/usr/share/doc/perl-base/copyright f 0644 0:0 size=109772 nlink=1 sha256=b52f3ca17b45473cb0da6ec46748949101fcf0dda1fd5d8b306e6c97fd41af4d
/usr/share/doc/perl/AUTHORS.gz f 0644 0:0 size=25557 nlink=1 sha256=56c43e006d1153b99d0843fe02e9c6e34e2b1d4ee0ed29407768a2ae80c98cad
/usr/share/doc/perl/Documentation f 0644 0:0 size=163 nlink=1 sha256=ff73e147ea0c09854479d6a3594e861c21b7b9448cc4947d855ef7a190e7d1e6
/usr/share/doc/sed d 0755 0:0
/usr/share/doc/sed/AUTHORS f 0644 0:0 size=318 nlink=1 sha256=082ea0557bced7f7e444226c063a6801aaa95618a8a57136c3a3667b8e3bc1d0
/usr/share/doc/sed/BUGS.gz f 0644 0:0 size=2705 nlink=1 sha256=d68bb90cd87548cc68aa6fddf861b98ca4b862e2d3e82aec16c3f1c01c04289c
/usr/share/doc/sed/NEWS.gz f 0644 0:0 size=10351 nlink=1 sha256=1ff9bb8123d8b9f40e2943f3cc0d5ffa2ca071c310fbfa3e6b8803b6ee1ea088
/usr/share/doc/sed/README f 0644 0:0 size=731 nlink=1 sha256=ebee0a9cc2a771d77967b687c5514ee46022e5ad6dc8be0549d647b120f55958
/usr/share/doc/sed/THANKS.gz f 0644 0:0 size=2099 nlink=1 sha256=9bb0ea72cd21af5d3cac8ca1c7b144d933d1fe0794740720faa52365b59f1538
/usr/share/doc/sed/changelog.Debian.gz f 0644 0:0 size=567 nlink=1 sha256=5b43985fc7ba7df1db67f823f5e0ca542fb6f34d13985fc5e2f59ecc8a4e79b7
/usr/share/doc/sed/changelog.gz f 0644 0:0 size=43857 nlink=1 sha256=35916b426dd07f8bf0be905164763bef6ee6b33ec49619322b3f6558d0432e26
/usr/share/doc/sed/copyright f 0644 0:0 size=8618 nlink=1 sha256=719320e425e8e6da53a55e0fcfa2f2ed9b1332cea16abd65321bd651b2a88568
/usr/share/doc/sed/examples d 0755 0:0
/usr/share/doc/sed/examples/dc.sed f 0644 0:0 size=8758 nlink=1 sha256=009111ee47e7c2dadfc2aa8793d9d5772f059124fa80c0b9f6bff2a31a44ad6d
/usr/share/doc/sed/sedfaq.txt.gz f 0644 0:0 size=56527 nlink=1 sha256=25d2d2e4b84e90c4e09684c93a07ba0695b21ccc23360ece4509eacedf6fb7b8
/usr/share/doc/sysvinit-utils d 0755 0:0
/usr/share/doc/sysvinit-utils/changelog.Debian.gz f 0644 0:0 size=5944 nlink=1 sha256=e1db8d9db9e85ac1c8aaee554151023345dcd0323c5c7a72339f96af64f01f15
/usr/share/doc/sysvinit-utils/copyright f 0644 0:0 size=4689 nlink=1 sha256=ad7cb339e58a88918a883d553ca236795191f027e158788a8b33f747ff502fb2
/usr/share/doc/tar d 0755 0:0
/usr/share/doc/tar/AUTHORS f 0644 0:0 size=601 nlink=1 sha256=876a77923efd06818de5bd58bf38a7175a820ec4375af888d49d969abf6c9b5f
/usr/share/doc/tar/NEWS.gz f 0644 0:0 size=22939 nlink=1 sha256=f3ea32262c80e5884d3e774eda6e1f1a6958179d29b15eef86500ac74656cec5
/usr/share/doc/tar/README.Debian f 0644 0:0 size=849 nlink=1 sha256=207bbe4c11700a380707de705f7f884532c55a6ed794524dd382d3b1e70a19fa
/usr/share/doc/tar/THANKS.gz f 0644 0:0 size=10637 nlink=1 sha256=8146c18644d8f64bc5078bb4760b745ea1b785e60558fa98e59390f315ba6471
/usr/share/doc/tar/changelog.1.gz f 0644 0:0 size=63284 nlink=1 sha256=4305b4eaf7ee78df174798e43bada8f136cf9cdbc5471b9fbfe110a384562f73
/usr/share/doc/tar/changelog.Debian.gz f 0644 0:0 size=856 nlink=1 sha256=5d2a7d8ba3e4a5692fd659a3e8226368055355c06fd4555886f7c701f3c9e5d3
/usr/share/doc/tar/changelog.gz f 0644 0:0 size=156356 nlink=1 sha256=df8d13aa470f09e05072fd5721c6f33bb75d33ddcab82ebd2c091971d9fc2750
/usr/share/doc/tar/copyright f 0644 0:0 size=3798 nlink=1 sha256=bea61e0c172868e07845cf50423f97f093a9a46de167dbbe333a38be610c8e00
/usr/share/doc/tzdata d 0755 0:0
/usr/share/doc/tzdata/README.Debian f 0644 0:0 size=974 nlink=1 sha256=ec79ce4f736d433cbbd630a5d9c0a0727ed449497a37bda43b6732b4ed792448
/usr/share/doc/tzdata/changelog.Debian.gz f 0644 0:0 size=6266 nlink=1 sha256=915b288728e101769fed302936f3626c0b008229168a5291e6d6942b9e18124a
/usr/share/doc/tzdata/changelog.gz f 0644 0:0 size=83345 nlink=1 sha256=02ed3c304f99e1a3b0f01e2d297a1871810032bd85c5b576dd1759f8c158c329
/usr/share/doc/tzdata/copyright f 0644 0:0 size=375 nlink=1 sha256=cb61132bc0fc7b26ef5a82ee18b2fb644a1362f4f286ed980ff22e408471f59a
/usr/share/doc/usr-is-merged d 0755 0:0
/usr/share/doc/usr-is-merged/changelog.gz f 0644 0:0 size=2434 nlink=1 sha256=a712cb1aa49837a9cb9f058cfa70eebae2052eb47afcefaf87b329416e9c87ed
/usr/share/doc/usr-is-merged/copyright f 0644 0:0 size=987 nlink=1 sha256=9836bfe2ef94505bbf29701e8c90799ab1a5fd966d26d60d019a822cdbf3d61a
/usr/share/doc/util-linux d 0755 0:0
/usr/share/doc/util-linux-extra d 0755 0:0
/usr/share/doc/util-linux-extra/changelog.Debian.gz f 0644 0:0 size=7944 nlink=1 sha256=481a0c4c45dcda00b9ceb92f1af7289b15ef13acee63db14d817f9b4ba2109fe
/usr/share/doc/util-linux-extra/changelog.gz f 0644 0:0 size=113 nlink=1 sha256=888535968181aba6a5c876f376e173d08f6a948a872df1bc41d1119ad2fd1a1f
/usr/share/doc/util-linux-extra/copyright f 0644 0:0 size=23237 nlink=1 sha256=30539a2df6a89d844f43c727505a3193a60515f8ec6cdede8cc515ed22941d1c
/usr/share/doc/util-linux/00-about-docs.txt f 0644 0:0 size=260 nlink=1 sha256=354cdd15490491c8a3d2513a52e587e654beacafbe00b671e7cfa5f54a547bc2
/usr/share/doc/util-linux/AUTHORS.gz f 0644 0:0 size=16302 nlink=1 sha256=383b269b89821c55f490f5629ef108667617e138753df7234dcf89417beae962
/usr/share/doc/util-linux/PAM-configuration.txt f 0644 0:0 size=671 nlink=1 sha256=1611d0c81b1daabbc3801da0863b77b4279897a1e9a83193f6d475d62d6e6d8f
/usr/share/doc/util-linux/README.Debian f 0644 0:0 size=481 nlink=1 sha256=3f8cf9ce00ef453689717221759f34e72d4968d8390cdca085b1940df9e6e616
/usr/share/doc/util-linux/blkid.txt f 0644 0:0 size=3258 nlink=1 sha256=b24b124b5650413dc8e80309858c4d74a5152b6f740a49c1fd1c4daffd87fb56
/usr/share/doc/util-linux/cal.txt f 0644 0:0 size=2262 nlink=1 sha256=38d2e3d7c6265a97989cb0e22d4db0adbf0ae5de1e0618081cfea3b8f62f2e1c
/usr/share/doc/util-linux/changelog.Debian.gz f 0644 0:0 size=7943 nlink=1 sha256=d54183ee6995b40bc294feaf77ea37b38f3e90dfa4ff5b320e46526443f81e64
/usr/share/doc/util-linux/changelog.gz f 0644 0:0 size=113 nlink=1 sha256=888535968181aba6a5c876f376e173d08f6a948a872df1bc41d1119ad2fd1a1f
/usr/share/doc/util-linux/col.txt f 0644 0:0 size=1913 nlink=1 sha256=224a5db8f04f4ab2aaf273e64e34c1ebef97847c8e775e667dbc30491d185f07
/usr/share/doc/util-linux/copyright f 0644 0:0 size=23237 nlink=1 sha256=30539a2df6a89d844f43c727505a3193a60515f8ec6cdede8cc515ed22941d1c
/usr/share/doc/util-linux/deprecated.txt f 0644 0:0 size=3086 nlink=1 sha256=722ba437bdc47340d86b1c7e685c8e41311d3e04d8b802bd92265a6bc3f9992b
/usr/share/doc/util-linux/examples d 0755 0:0
/usr/share/doc/util-linux/examples/getopt-example.bash f 0644 0:0 size=1594 nlink=1 sha256=c524a9bf17762fd444b6d238d0004e904f54579414013aa18c5cae47818dd16c
/usr/share/doc/util-linux/examples/getopt-example.tcsh f 0644 0:0 size=2256 nlink=1 sha256=be194fd36cf03252701b6e021b3d8d9706039ae93d28e92b787d66c154e98761
/usr/share/doc/util-linux/getopt.txt f 0644 0:0 size=992 nlink=1 sha256=8ca2f6f2e9a39378c1266f8b74f17b894e3c8df9e3e34b8055f94eb8386d1fd2
/usr/share/doc/util-linux/getopt_changelog.txt f 0644 0:0 size=1927 nlink=1 sha256=546fa6edacb4646f0f1adc1f2f4f6125c1f90fdd758f93ba115f2556bf2ba4b2
/usr/share/doc/util-linux/howto-build-sys.txt f 0644 0:0 size=3193 nlink=1 sha256=89ed654bc6430a1f3a6493aeb91697df13a5a23a2d65746b6ba3919309a3a329
/usr/share/doc/util-linux/howto-compilation.txt f 0644 0:0 size=2945 nlink=1 sha256=0a70f09acc3e91313c85af66c3beff7e734885a2f41ea0457af93f47edcf32c5
/usr/share/doc/util-linux/howto-contribute.txt.gz f 0644 0:0 size=3503 nlink=1 sha256=68db40c41c3271066f0cd921729c9d2c980dc85604daa7782ad7919defb814f7
/usr/share/doc/util-linux/howto-debug.txt f 0644 0:0 size=2437 nlink=1 sha256=6ee32522c5f95d216d1772ed6ef19c27129db52bbf7322ee6830e21a49fbc721
/usr/share/doc/util-linux/howto-man-page.txt f 0644 0:0 size=126 nlink=1 sha256=25e8a2d25ab564ddb664af2a63d202bce8ed6f2cf7d75b0b4aa667767ea7646b
/usr/share/doc/util-linux/howto-pull-request.txt.gz f 0644 0:0 size=4381 nlink=1 sha256=fd3bb15240d4e3cb4814dfde34b446756e19b9fde7ae21e1b111d659ad85cebf
/usr/share/doc/util-linux/howto-tests.txt f 0644 0:0 size=3964 nlink=1 sha256=f05e9c9b8e5bbfa9e163842a1a2505950d34dd367fd480670c413f64f503c954
/usr/share/doc/util-linux/howto-usage-function.txt.gz f 0644 0:0 size=2328 nlink=1 sha256=a6b96e00f2a0cba2b906481ba5060fe5d1c3a09e7af863fdb522f86ffd544911
/usr/share/doc/util-linux/hwclock.txt f 0644 0:0 size=147 nlink=1 sha256=a675e155deacde8ad76bdc95cec839022103cbd7da64b30be8fb7ca2fc9c0111
/usr/share/doc/util-linux/modems-with-agetty.txt f 0644 0:0 size=2614 nlink=1 sha256=cbf810e4e8240854374a4f4f2ed2fd3c30b33e78aa505f86f0bdec8e4c3435c8
/usr/share/doc/util-linux/mount.txt f 0644 0:0 size=521 nlink=1 sha256=c27fa16d474efacefb09be205e34ca449c8cdd6e5e9d07a61c3644e6a8b56ccc
/usr/share/doc/util-linux/parse-date.txt.gz f 0644 0:0 size=8124 nlink=1 sha256=020777a48fb12cb4ec67fadf6fd4fd1c3eb3b4ceba63b831b4baa5a15da4bddb
/usr/share/doc/util-linux/pg.txt f 0644 0:0 size=448 nlink=1 sha256=49d7953269290a422398c54cabd6f4ed079d4d4c7d5cea9a57667fd329e3f07d
/usr/share/doc/util-linux/poeigl.txt.gz f 0644 0:0 size=8867 nlink=1 sha256=9f0c53e44ec45801c4a2a99cd68f5344ad987d7229e821ccb3c9382e3e05a548
/usr/share/doc/util-linux/release-schedule.txt f 0644 0:0 size=1354 nlink=1 sha256=ca28a40496296b99d08cfe7994f2c8d844757c3c28263522a211d04bd56a2f26
/usr/share/doc/util-linux/releases d 0755 0:0
/usr/share/doc/util-linux/releases/v2.13-ReleaseNotes.gz f 0644 0:0 size=7295 nlink=1 sha256=25fdfeef4731ace7bca4848fe965587d5daedc49f736646d88842d09d696cedf
/usr/share/doc/util-linux/releases/v2.14-ReleaseNotes.gz f 0644 0:0 size=6369 nlink=1 sha256=35009baa06264c954477fd2f28c2f7a737066bf5c9e082f144e095d80243cce7
/usr/share/doc/util-linux/releases/v2.15-ReleaseNotes.gz f 0644 0:0 size=9424 nlink=1 sha256=68ceea787d231a33cb7524a7b4c18b4139eeaed4e3e3b22bbcf94270a3b7d33d
/usr/share/doc/util-linux/releases/v2.16-ReleaseNotes.gz f 0644 0:0 size=2928 nlink=1 sha256=de3264451f2d1d86551df929ee719dc98404790a2525da1fea5920e9aaa79adf
/usr/share/doc/util-linux/releases/v2.17-ReleaseNotes.gz f 0644 0:0 size=6431 nlink=1 sha256=7da84d74b77fb5e067fdace694b713332265a36fc111c237d3fe71227b26c0cd
/usr/share/doc/util-linux/releases/v2.18-ReleaseNotes.gz f 0644 0:0 size=7076 nlink=1 sha256=b2cd84eae8bebe2e8ed0ab2141621f3aaaba1f4fd6a5f18f0c2a29f2cbf62e8a
/usr/share/doc/util-linux/releases/v2.19-ReleaseNotes.gz f 0644 0:0 size=8947 nlink=1 sha256=8d5927a08798138a26f819fb4995b072b23fd05ba706da86e2504d8a017306c2
/usr/share/doc/util-linux/releases/v2.20-ReleaseNotes.gz f 0644 0:0 size=13091 nlink=1 sha256=7317e927b51bc07d71d65a67259d4f977153118b9e330d3f99ef57c9a960d5c9
/usr/share/doc/util-linux/releases/v2.21-ReleaseNotes.gz f 0644 0:0 size=12371 nlink=1 sha256=bcf10b7148e605398d0fbf14396999c9f3f073b57f61b19c080855c43c4ecbcc
/usr/share/doc/util-linux/releases/v2.22-ReleaseNotes.gz f 0644 0:0 size=14578 nlink=1 sha256=ce8b4dc6ea691ea92cafec628db52c96a2bc06178eb26591aaf956e4468fb0fa
/usr/share/doc/util-linux/releases/v2.23-ReleaseNotes.gz f 0644 0:0 size=15489 nlink=1 sha256=a980d40ef430ad1dd7bc712dd30e442523445d62bb19dc9dec1a7ea316321a94
/usr/share/doc/util-linux/releases/v2.24-ReleaseNotes.gz f 0644 0:0 size=12347 nlink=1 sha256=40114372bb43c0fd4a8c6f6b995a441fa66bc922dd86d1e6e03d3813b7bcbfb1
/usr/share/doc/util-linux/releases/v2.25-ReleaseNotes.gz f 0644 0:0 size=17705 nlink=1 sha256=57722d3d85233c2bb6ee3f7faf4f668fa53f887eaaf0cb52f374cbdd0da2f4ee
/usr/share/doc/util-linux/releases/v2.26-ReleaseNotes.gz f 0644 0:0 size=15216 nlink=1 sha256=bc33174f85614a96893bf461cf60a98f36a541d1d8a5e33fbeeefdbc2d75e9df
/usr/share/doc/util-linux/releases/v2.27-ReleaseNotes.gz f 0644 0:0 size=11499 nlink=1 sha256=af5bb3398f9d6aa0410784ddbf635e50286245993ad22b095a7d8e0b04422070
/usr/share/doc/util-linux/releases/v2.28-ReleaseNotes.gz f 0644 0:0 size=10609 nlink=1 sha256=160339bf3f81847b223b520bad62827bd6eec5935397bfa29279eb4d9b7efbce
/usr/share/doc/util-linux/releases/v2.29-ReleaseNotes.gz f 0644 0:0 size=8232 nlink=1 sha256=62148ca6f9b8976715bbfe5372bbb570c2b06a25544321dcb8dbc75e9300a5e6
/usr/share/doc/util-linux/releases/v2.30-ReleaseNotes.gz f 0644 0:0 size=10830 nlink=1 sha256=f701e3a0146233ef9131d0e0320b85f92517041ee52c77aedfaf2e2095377e9d
/usr/share/doc/util-linux/releases/v2.31-ReleaseNotes.gz f 0644 0:0 size=9774 nlink=1 sha256=c70dd03e16038a21f69dc83cd3d6e2423f5022de20ac574650d5b8a3686d6045
/usr/share/doc/util-linux/releases/v2.32-ReleaseNotes.gz f 0644 0:0 size=7536 nlink=1 sha256=f08de02e82e50c9891653f59d35b5e41d9d1cd8e3bf9bbaa32cd650239f95b77
/usr/share/doc/util-linux/releases/v2.33-ReleaseNotes.gz f 0644 0:0 size=8461 nlink=1 sha256=ef8b8613f209c79405a18c640a89587075d6a89b3e48349513d79fbdd995d4c7
/usr/share/doc/util-linux/releases/v2.34-ReleaseNotes.gz f 0644 0:0 size=8818 nlink=1 sha256=c4898d807217a9c8b38ab1128e0cc051527bb69ecc1a18d4bc662ee8dc38859d
/usr/share/doc/util-linux/releases/v2.35-ReleaseNotes.gz f 0644 0:0 size=8181 nlink=1 sha256=bf237c813291795dcf27523e7a64c3178a1363bc67073371d903b0f629faf746
/usr/share/doc/util-linux/releases/v2.36-ReleaseNotes.gz f 0644 0:0 size=10216 nlink=1 sha256=8a2890f2a283155bb1ccf473ed294472d67ab81a232512d66c7a5bad5955ebde
/usr/share/doc/util-linux/releases/v2.37-ReleaseNotes.gz f 0644 0:0 size=15094 nlink=1 sha256=b6f236fde6542b5d7f8c5efa6a29c0d8b1f1a54dead06ca6ffa1e5aa68d4eb48
/usr/share/doc/util-linux/releases/v2.38-ReleaseNotes.gz f 0644 0:0 size=15096 nlink=1 sha256=e37fd29c404d69b139fa7f03fe332075a08fc962047ecd4375d3fe9f711df2c6
/usr/share/doc/util-linux/releases/v2.38.1-ReleaseNotes.gz f 0644 0:0 size=1909 nlink=1 sha256=dc1fbbf1de7187d611760cd7f4a86fb8c3f2430d54e1647efd7d4fc288ae6465
/usr/share/doc/zlib1g d 0755 0:0
/usr/share/doc/zlib1g/changelog.Debian.gz f 0644 0:0 size=1044 nlink=1 sha256=8fbcef2966a6fe1d50573330e8c087af48b1e2d32942b3df59421c11d03d01c7
/usr/share/doc/zlib1g/changelog.gz f 0644 0:0 size=29091 nlink=1 sha256=b5d879c91dbaedb48c342bc8560ddcf29b472bbe0a7aaff6d622741a86ac199f
/usr/share/doc/zlib1g/copyright f 0644 0:0 size=2927 nlink=1 sha256=9e5b96d63773a5d177ba264254390f792be07e41748ebd94730981c6cac31cc6
/usr/share/dpkg d 0755 0:0
/usr/share/dpkg/abitable f 0644 0:0 size=362 nlink=1 sha256=c9ed655f391a2dffdfee2070e9c4bd1f502ffff17d19abff21ba492ab643c919
/usr/share/dpkg/cputable f 0644 0:0 size=2152 nlink=1 sha256=f27de5a36ff605486cb16efe42b7dd98ce48266b89447161fd62c9e3997e1bd7
/usr/share/dpkg/ostable f 0644 0:0 size=2111 nlink=1 sha256=d7cf82a8325debc3ed63974c11d640ae205f017276654fbc939082a75034d40c
/usr/share/dpkg/sh d 0755 0:0
/usr/share/dpkg/sh/dpkg-error.sh f 0644 0:0 size=2173 nlink=1 sha256=ee1c4bfdd26d2d22f6af3aa1123e7f30e0c5983a5cc3af5bc3aaacab1da7bac1
/usr/share/dpkg/tupletable f 0644 0:0 size=2249 nlink=1 sha256=8e67a11365119686218b5a245c60fc62484050daf676c6e009d9a0a0e4265f0a
/usr/share/gcc d 0755 0:0
/usr/share/gcc/python d 0755 0:0
/usr/share/gcc/python/libstdcxx d 0755 0:0
/usr/share/gcc/python/libstdcxx/__init__.py f 0644 0:0 size=1 nlink=1 sha256=01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b
/usr/share/gcc/python/libstdcxx/v6 d 0755 0:0
/usr/share/gcc/python/libstdcxx/v6/__init__.py f 0644 0:0 size=1161 nlink=1 sha256=f904daea3a5c91d7b336377a93a85eaa0060842810230704f4c0b702b4154c6a
/usr/share/gcc/python/libstdcxx/v6/printers.py f 0644 0:0 size=87875 nlink=1 sha256=a11707c4086bfff865bb6533fe4a64729cea151955d692f4b7c71d050d09013b
/usr/share/gcc/python/libstdcxx/v6/xmethods.py f 0644 0:0 size=28188 nlink=1 sha256=ca0a5c9a7f946784e1bc97407fce251f481bfbbd9813a85d628ad602af4b3847
/usr/share/gdb d 0755 0:0
/usr/share/gdb/auto-load d 0755 0:0
/usr/share/gdb/auto-load/usr d 0755 0:0
/usr/share/gdb/auto-load/usr/lib d 0755 0:0
/usr/share/gdb/auto-load/usr/lib/x86_64-linux-gnu d 0755 0:0
/usr/share/gdb/auto-load/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30-gdb.py f 0644 0:0 size=2387 nlink=1 sha256=6990e32948295b48e5732bb3eaa49a2833343bdd0b254f5fb4d91ca92aac4168
/usr/share/info d 0755 0:0
/usr/share/info/coreutils.info.gz f 0644 0:0 size=241534 nlink=1 sha256=cc32748f0f102e679239403b9e1f020dbc5ab2737bca75a3448b9892422420c1
/usr/share/info/diffutils.info.gz f 0644 0:0 size=61188 nlink=1 sha256=fdd60b4b72575375cec726abcb350f01d6aa51424ce7c27562c8ee35980ac990
/usr/share/info/dir f 0644 0:0 size=781 nlink=1 sha256=c58a258cb9c410c29486aa8fa37f4e5b738bfeedc2b8e97be1cd6cff1df28459
/usr/share/info/find-maint.info.gz f 0644 0:0 size=24671 nlink=1 sha256=8beffc11c4487a9fefa2129a93e749bbf743bbe5b54d68b983e725ce732c1d27
/usr/share/info/find.info-1.gz f 0644 0:0 size=92320 nlink=1 sha256=1f0dca32c276f26738af7241bcd43120e0462e9586d11642c8d317fab56e2553
/usr/share/info/find.info-2.gz f 0644 0:0 size=1920 nlink=1 sha256=8918cc57e596f4dd3e28d6e737a7536865dde4824350477e0658c8329b613e28
/usr/share/info/find.info.gz f 0644 0:0 size=2526 nlink=1 sha256=d86bfa26e8064b18bdf8dca47d758f1233cbe361988ab6e171797b8e7d50bbd0
/usr/share/info/grep.info.gz f 0644 0:0 size=34717 nlink=1 sha256=72f24d049df0761c0a21ec63e4cbba50426834293b49441fb6102f9d1cd2b06c
/usr/share/info/gzip.info.gz f 0644 0:0 size=15726 nlink=1 sha256=ebdf42fa0e7cb8b9f6e712b4f554bac5c06636fe2160d5404b984c229a4baad8
/usr/share/info/sed.info.gz f 0644 0:0 size=56008 nlink=1 sha256=ee8b4b7c5d8ee3b4262c0b4c835b8db1958964398496b6a9bf11bae33123f239
/usr/share/keyrings d 0755 0:0
/usr/share/keyrings/debian-archive-bookworm-automatic.gpg f 0644 0:0 size=8700 nlink=1 sha256=59dbde1397f8edc4e4aa24829ba36f9583ea5b4480091c34b89dad9e56360a19
/usr/share/keyrings/debian-archive-bookworm-security-automatic.gpg f 0644 0:0 size=8709 nlink=1 sha256=8bdddebd345030721f22d0f6a7291a4791a2183621bd444cc6a683d7ade73a6e
/usr/share/keyrings/debian-archive-bookworm-stable.gpg f 0644 0:0 size=280 nlink=1 sha256=1891e84fa2e1ff6db0acfbc0e398824379b415534dd0154ecb1d21e70fe2ac62
/usr/share/keyrings/debian-archive-bullseye-automatic.gpg f 0644 0:0 size=8700 nlink=1 sha256=9395df01c1c6226584206a77d237c60fdc7039a015ece4e6bd3b1947db6c3b1e
/usr/share/keyrings/debian-archive-bullseye-security-automatic.gpg f 0644 0:0 size=8709 nlink=1 sha256=e551f90fa954a65b3b6c54160f9d8485bee806318afe7a6998c4d9bece8e0df3
/usr/share/keyrings/debian-archive-bullseye-stable.gpg f 0644 0:0 size=2453 nlink=1 sha256=0cdd043ff2e04448802488fd4a4e3812c298a1ab5d81374ea9a9693a274cef8c
/usr/share/keyrings/debian-archive-keyring.gpg f 0644 0:0 size=55918 nlink=1 sha256=506b815cbb32d9b6066b4a2aa524071e071761e7e7f68c3ac74f3061ba852017
/usr/share/keyrings/debian-archive-removed-keys.gpg f 0644 0:0 size=72636 nlink=1 sha256=0ff45da93c7fd62cc3f10b4c5019985caf49e5959bb3bf992f558d11963870fa
/usr/share/keyrings/debian-archive-trixie-automatic.gpg f 0644 0:0 size=8698 nlink=1 sha256=8dbd0029697f8c9b009eeb9a153c6536b62ca031fa0a5b4cec74e8d718fccef6
/usr/share/keyrings/debian-archive-trixie-security-automatic.gpg f 0644 0:0 size=8707 nlink=1 sha256=be1a7981908ab9010352131fcbf101a9556f6a61db76a19a1c146d31ef2d72d8
/usr/share/keyrings/debian-archive-trixie-stable.gpg f 0644 0:0 size=962 nlink=1 sha256=abced156a22aa8683b228299ac35c1ea51515eef900cec0e562f56716dfe3915
/usr/share/libc-bin d 0755 0:0
/usr/share/libc-bin/nsswitch.conf f 0644 0:0 size=494 nlink=1 sha256=eec30745bade42a3f3f792e4d4192e57d2bcfe8e472433b1de426fe39a39cddb
/usr/share/libgcrypt20 d 0755 0:0
/usr/share/libgcrypt20/clean-up-unmanaged-libraries f 0755 0:0 size=5493 nlink=1 sha256=99b0c51687292125bcc4486fc173b331d0ef4f07b7dc8a39575a075e8b8f0407
/usr/share/lintian d 0755 0:0
/usr/share/lintian/overrides d 0755 0:0
/usr/share/lintian/overrides/apt f 0644 0:0 size=649 nlink=1 sha256=51f00c08a78f7178574afa6c37e46d0942c3ff9691b5da4e9118cd3283b0bf70
/usr/share/lintian/overrides/base-files f 0644 0:0 size=995 nlink=1 sha256=119a4bdf24d7cd618606d2988c8bccf0be530a61c8132d3e2c41ad0eab25c612
/usr/share/lintian/overrides/base-passwd f 0644 0:0 size=31 nlink=1 sha256=090c479775fcd5cb1be8c2a827070a2cc0fcb0eaa25426a1b57a16165e996c2e
/usr/share/lintian/overrides/bash f 0644 0:0 size=156 nlink=1 sha256=08f5c7407d53510dbb16cfae6bb9787930991931dd6d8e13119f8f07e3729fd4
/usr/share/lintian/overrides/bsdutils f 0644 0:0 size=51 nlink=1 sha256=27c9ffa1b4383ed4be92f32e68e9e54bc321f278c069a03491ce5af2a7ac255b
/usr/share/lintian/overrides/dash f 0644 0:0 size=106 nlink=1 sha256=aaf76fbc7874e005275e56854f39f10b7ab603fdfe9a5381b70e7c871bcad111
/usr/share/lintian/overrides/debconf f 0644 0:0 size=39 nlink=1 sha256=919f702e09a46d34dfe17e0238bae42d324a9b290bc88868dc007531d5743c34
/usr/share/lintian/overrides/dpkg f 0644 0:0 size=157 nlink=1 sha256=8878b1c78cc054997fe34ba0a37bd599cd85980ee4b1e25b38cca851fb01ba66
/usr/share/lintian/overrides/e2fsprogs f 0644 0:0 size=66 nlink=1 sha256=d59874c784d128a50efe031ad7d4f24a9e07daa3de6d29ed5ea5798000634d4b
/usr/share/lintian/overrides/init-system-helpers f 0644 0:0 size=56 nlink=1 sha256=f52b6a4c230b1da4dcacf17e8ab8e1e97bf40d21113753d2d04db23fab7df164
/usr/share/lintian/overrides/libacl1 f 0644 0:0 size=87 nlink=1 sha256=0f5931e8c6fba05a97d58967511976e96138067e59994523bb20ad6e7e471a79
/usr/share/lintian/overrides/libattr1 f 0644 0:0 size=88 nlink=1 sha256=d8ea1d469a799a2b2d8a16706b7cb2ffd00261c01cb0203fc590bf84692cfd7a
/usr/share/lintian/overrides/libblkid1 f 0644 0:0 size=105 nlink=1 sha256=4d9173bc0f94fb1b326b9ad9d76f94b9e8b9b52a9e89277067feae18d0dda5bc
/usr/share/lintian/overrides/libc-bin f 0644 0:0 size=720 nlink=1 sha256=2ae68da174df190340516160ccaf3327aec36ddac4eca745fb2fc0dcaa1185cf
/usr/share/lintian/overrides/libc6 f 0644 0:0 size=477 nlink=1 sha256=721d9d61cab96ffc0d684525ce0858096a9fe78cde675a757a61dc393d3c191d
/usr/share/lintian/overrides/libdb5.3 f 0644 0:0 size=75 nlink=1 sha256=945a12073aa0bf2dbc234b0e1cba828429e05af376ea12bdbe6382322a2a400d
/usr/share/lintian/overrides/libgcc-s1 f 0644 0:0 size=45 nlink=1 sha256=eed87afa7d83880a25ae5a41ba9d98d89a1fc2e2e3bba0f4d5c3cdda21a457a4
/usr/share/lintian/overrides/libidn2-0 f 0644 0:0 size=87 nlink=1 sha256=a3adef313d14b2ed3c1f8aaf890c773bcef5f0a121913b9b09810ecae4f2bf73
/usr/share/lintian/overrides/libmount1 f 0644 0:0 size=105 nlink=1 sha256=653cef93b755e05f20212dbc83d4362283b03318324601abfc1bce7655fb6955
/usr/share/lintian/overrides/libpam-modules f 0644 0:0 size=957 nlink=1 sha256=2f59f474dafcaadd60ba899adbba62a797f5028c1ba8b94d35534b0b44ca975b
/usr/share/lintian/overrides/libpam-modules-bin f 0644 0:0 size=122 nlink=1 sha256=be8e83364091ad28a90dfcf3f0588c9678a31c6ed46c0fb21823e21886e9c034
/usr/share/lintian/overrides/libpam-runtime f 0644 0:0 size=771 nlink=1 sha256=378fd00eddf5d839c108ff4a0a734c67d3d766f7b643b259e4df8d7934bf8139
/usr/share/lintian/overrides/libpam0g f 0644 0:0 size=570 nlink=1 sha256=5f25a1a35a8a1f103386c928c1615d03ce3c219cf0d83fd42c09e3c4a2fd8f3e
/usr/share/lintian/overrides/libsmartcols1 f 0644 0:0 size=113 nlink=1 sha256=00a6307e9ccfbcda48668a712e81917f2781c6d458a20577c5a68ae11a6db2b6
/usr/share/lintian/overrides/login f 0644 0:0 size=59 nlink=1 sha256=f3d35db7b08eb45cce926b99584161e413552bcd39e6aec97f3084d7ba8849ad
/usr/share/lintian/overrides/mount f 0644 0:0 size=93 nlink=1 sha256=633b78ed431e2ed868e41ca147428f95e126fef6b6deba760afdff0e2292f05e
/usr/share/lintian/overrides/ncurses-base f 0644 0:0 size=240 nlink=1 sha256=9a448ff6993b11f797e189d99bc49efd13367e95929355759f69af5188a9b8d2
/usr/share/lintian/overrides/passwd f 0644 0:0 size=360 nlink=1 sha256=6353b1cbf1d0bb27dbb21bad36d9c820e4a64dc4398a50db31591f8a5099f8d0
/usr/share/lintian/overrides/perl-base f 0644 0:0 size=322 nlink=1 sha256=3fa43375b8c91d3b8b5a0b5846246419f8a9b52887467750ec5743ff27b1a844
/usr/share/lintian/overrides/tzdata f 0644 0:0 size=589 nlink=1 sha256=538d8b8fc81c5a53aa35df83953720f58e050f0be5339daba7a6259a8997f776
/usr/share/lintian/overrides/util-linux f 0644 0:0 size=94 nlink=1 sha256=d307c3a81dff4d6e4d59763f4ba42c0c645bbd862536efdda7d5d58f1548d096
/usr/share/lintian/profiles d 0755 0:0
/usr/share/lintian/profiles/dpkg d 0755 0:0
/usr/share/lintian/profiles/dpkg/main.profile f 0644 0:0 size=270 nlink=1 sha256=d8d3386a25eaa491d7054830ed31a67e3fb0946f036d1b557310700e5911dafc
/usr/share/locale d 0755 0:0
/usr/share/locale/af d 0755 0:0
/usr/share/locale/af/LC_MESSAGES d 0755 0:0
/usr/share/locale/af/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=494 nlink=1 sha256=527c0287ea439be4062bae9bd2cd30df268e9e7c1310019a73ecc885825bd4b2
/usr/share/locale/af/LC_MESSAGES/bash.mo f 0644 0:0 size=1280 nlink=1 sha256=f0b2cdc27513d85c66f9c0bbae95a1b71863301e96c52fed72069ac8adce3e34
/usr/share/locale/af/LC_MESSAGES/coreutils.mo f 0644 0:0 size=27079 nlink=1 sha256=e7d376e140683488c0a57b3e030721781514eace7ca835209e94f4c6a6da94a0
/usr/share/locale/af/LC_MESSAGES/grep.mo f 0644 0:0 size=1171 nlink=1 sha256=9b8a180a4c00b9a575fb2a61f89b700b0052623bf15b485b0f8ee0bc4345bdaa
/usr/share/locale/af/LC_MESSAGES/sed.mo f 0644 0:0 size=2731 nlink=1 sha256=925395790a901ae1905cbfaed52b8c4e70a4092547fcca1c02ec1b3850338795
/usr/share/locale/af/LC_TIME d 0755 0:0
/usr/share/locale/af/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/am d 0755 0:0
/usr/share/locale/am/LC_MESSAGES d 0755 0:0
/usr/share/locale/am/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=491 nlink=1 sha256=ff355a017b086798a632023b11a42648e55df4f104ae874dfd8f408069e902be
/usr/share/locale/ar d 0755 0:0
/usr/share/locale/ar/LC_MESSAGES d 0755 0:0
/usr/share/locale/ar/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=6560 nlink=1 sha256=ff2444188e719088cb5ebcdd32487ef40ff4fd6a61e3937966be277c5052e06a
/usr/share/locale/ar/LC_MESSAGES/apt.mo f 0644 0:0 size=15980 nlink=1 sha256=dd7769f53c14d30fd7e239c583d5010ba7d632486f5fdc2c496ba5d9a0e25e6c
/usr/share/locale/ar/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=5131 nlink=1 sha256=45862154308a8ecab92e76ba87a805716e9c92311e6fa1069ff860cf8e11e65b
/usr/share/locale/as d 0755 0:0
/usr/share/locale/as/LC_MESSAGES d 0755 0:0
/usr/share/locale/as/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10333 nlink=1 sha256=da1e67ba24c6fa3ab4d430af5f6680d8f23da884b08c8bd7269e4b699b9e8e12
/usr/share/locale/ast d 0755 0:0
/usr/share/locale/ast/LC_MESSAGES d 0755 0:0
/usr/share/locale/ast/LC_MESSAGES/apt.mo f 0644 0:0 size=26604 nlink=1 sha256=5a209a04da0086df4a47ae42185b1b15c04dea8ac657be1b464677e12b14128f
/usr/share/locale/ast/LC_MESSAGES/dpkg.mo f 0644 0:0 size=57991 nlink=1 sha256=07fd31c6923805097d9aef59f3ee81be70f8184f3cf1a3fb72bb3db262073a70
/usr/share/locale/ast/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=20784 nlink=1 sha256=394524e6b169a3fb632a40727d6dc1328388862b9ad375830efa95ff1f043a1c
/usr/share/locale/ast/LC_MESSAGES/sed.mo f 0644 0:0 size=8246 nlink=1 sha256=1a37611d2a30807510fc2a53feb22622cf1e6b4762acc979461532711a43e043
/usr/share/locale/az d 0755 0:0
/usr/share/locale/az/LC_MESSAGES d 0755 0:0
/usr/share/locale/az/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=1996 nlink=1 sha256=d3904b2cbc41aa9e9d211288838c50742083fa7b992189928ad82e4e2942856c
/usr/share/locale/be d 0755 0:0
/usr/share/locale/be/LC_MESSAGES d 0755 0:0
/usr/share/locale/be/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=569 nlink=1 sha256=73e68c13233ca1c55f13f7f172faa79362f6f8302f188859fdc3ca2bd5fa355f
/usr/share/locale/be/LC_MESSAGES/coreutils.mo f 0644 0:0 size=57830 nlink=1 sha256=2d9f13f35c3c682525e5501aab17b9194d09ca9003e231824c65be8bea0d97d4
/usr/share/locale/be/LC_MESSAGES/findutils.mo f 0644 0:0 size=2343 nlink=1 sha256=8ee74c37f5f70b3e2099d46a92b14603073d0a78a243005e40a1f68a00f2e5d7
/usr/share/locale/be/LC_MESSAGES/grep.mo f 0644 0:0 size=23017 nlink=1 sha256=14cfc93c509d44ff708c792adfc1df92489d91688353674decbb43699c711606
/usr/share/locale/be/LC_TIME d 0755 0:0
/usr/share/locale/be/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/bg d 0755 0:0
/usr/share/locale/bg/LC_MESSAGES d 0755 0:0
/usr/share/locale/bg/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=12566 nlink=1 sha256=f1b4467e4ab80cf681bea37c5f9e1a74f2cfeab43bd5af3e15e97587ef3d21dc
/usr/share/locale/bg/LC_MESSAGES/apt.mo f 0644 0:0 size=39419 nlink=1 sha256=6378480be9db595ac0b9e39af013141ddf48ac76b97ee7d702ab9c4577459c6c
/usr/share/locale/bg/LC_MESSAGES/bash.mo f 0644 0:0 size=248812 nlink=1 sha256=f7119e061b1e86d363c56c37878325ef239148d6c93a2d2af89f65d3b0bb3b6f
/usr/share/locale/bg/LC_MESSAGES/coreutils.mo f 0644 0:0 size=457271 nlink=1 sha256=cfc39b57c8f804b9d801a189accbbf1186451a8d1227cb536c2a66a678ec7d3b
/usr/share/locale/bg/LC_MESSAGES/diffutils.mo f 0644 0:0 size=46905 nlink=1 sha256=c96231b310e54110656b4cf85eae523d126972da5454b0300d937b0a140a9064
/usr/share/locale/bg/LC_MESSAGES/findutils.mo f 0644 0:0 size=42045 nlink=1 sha256=774ebb2e138058a8c171f40465c6867ce71b8b7d36b169907fa4cf2b33493daf
/usr/share/locale/bg/LC_MESSAGES/grep.mo f 0644 0:0 size=23703 nlink=1 sha256=89fe2c91cdc88c8eaf0bee0f5ba357262050942de978343fdb38e45209e1fedd
/usr/share/locale/bg/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=31627 nlink=1 sha256=1ebca99801bf2d73d3130e856567bfa2f2232c4487684c0912776e61d10d73f9
/usr/share/locale/bg/LC_MESSAGES/sed.mo f 0644 0:0 size=20276 nlink=1 sha256=6b0f964d31c684ce1b8b4c5d46c502202b38c628a861dc69b6ef3cf13ce23105
/usr/share/locale/bg/LC_MESSAGES/tar.mo f 0644 0:0 size=86963 nlink=1 sha256=c45217791c87b5738ebd5d33836b013251b5a5f3c2c2788fcd449be5916ebcff
/usr/share/locale/bg/LC_TIME d 0755 0:0
/usr/share/locale/bg/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/bn d 0755 0:0
/usr/share/locale/bn/LC_MESSAGES d 0755 0:0
/usr/share/locale/bn/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10846 nlink=1 sha256=cff7007352c3fb31ee075560d0ce71ac8495ed3753f748e5e08a8c50b3da21ab
/usr/share/locale/bn_IN d 0755 0:0
/usr/share/locale/bn_IN/LC_MESSAGES d 0755 0:0
/usr/share/locale/bn_IN/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10850 nlink=1 sha256=55f56f0e4a428794a1e4e8cdefa5e6a70f81a3321725ab4cb9a59659a061f195
/usr/share/locale/bs d 0755 0:0
/usr/share/locale/bs/LC_MESSAGES d 0755 0:0
/usr/share/locale/bs/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=566 nlink=1 sha256=0b62b33892b7864a1676843045c1502876182271d53c6b813a0f2cbe9fd424ff
/usr/share/locale/bs/LC_MESSAGES/apt.mo f 0644 0:0 size=4009 nlink=1 sha256=68201197978552c7fefdd3bae8d28b602cb6c207fcee36ec6d8cbd9c2e8abb67
/usr/share/locale/bs/LC_MESSAGES/dpkg.mo f 0644 0:0 size=811 nlink=1 sha256=e4583c8c3bc2b4b7f0972364ff4d730458510f0bdb6f8cb81d45b5f00b9af32e
/usr/share/locale/bs/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=1849 nlink=1 sha256=93cbd6dc4d303f49974bc53514a6b547c91ff065872d4ba933876daa4d455f06
/usr/share/locale/bs/LC_MESSAGES/shadow.mo f 0644 0:0 size=2971 nlink=1 sha256=9a52b7f02d537ecc1b1f3bbd66e3d0aa8f23eeb62e9f6d9ca4da2812787f268e
/usr/share/locale/ca d 0755 0:0
/usr/share/locale/ca/LC_MESSAGES d 0755 0:0
/usr/share/locale/ca/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10400 nlink=1 sha256=2d49eec22cd88efba415ed13c54d10b4f389a179e0aad007b91f8e029bbcca11
/usr/share/locale/ca/LC_MESSAGES/adduser.mo f 0644 0:0 size=12140 nlink=1 sha256=e5bb9a3e6cb0673a7700f36f5acfa177ec2691013fd6aa4eda08ef2db0896a70
/usr/share/locale/ca/LC_MESSAGES/apt.mo f 0644 0:0 size=47766 nlink=1 sha256=4831f97e17bc78026386cde496ab291d6c08a593f03953ab412891c5dee1f9ca
/usr/share/locale/ca/LC_MESSAGES/bash.mo f 0644 0:0 size=183474 nlink=1 sha256=f209e46482625fb28b15ffc32d01b7ee22b145a47c1572dcaaeaabcc3274bd05
/usr/share/locale/ca/LC_MESSAGES/coreutils.mo f 0644 0:0 size=341387 nlink=1 sha256=fc18c024124621a5a9f2791cbf3790b2ded44017ea206e03a2c7ffdb8857ae88
/usr/share/locale/ca/LC_MESSAGES/diffutils.mo f 0644 0:0 size=7925 nlink=1 sha256=d415ee4c1298582dcd8494b6f315774d7420441d70ae226c40b297f1421aea68
/usr/share/locale/ca/LC_MESSAGES/dpkg.mo f 0644 0:0 size=178959 nlink=1 sha256=ebbcc59286cfd07ad9aa14424d8c98bd28af46838b58696d9773de11e9fea00f
/usr/share/locale/ca/LC_MESSAGES/findutils.mo f 0644 0:0 size=5930 nlink=1 sha256=30b94f924d1cada43c9c81841a1dc4b406ab3406bfce63087fda7121fc62ff0a
/usr/share/locale/ca/LC_MESSAGES/grep.mo f 0644 0:0 size=12262 nlink=1 sha256=b41542d0b46de7bd58131688dda77c6fbdae4a8c539d1512deda5aad86917b38
/usr/share/locale/ca/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=35901 nlink=1 sha256=a2ae4b36bddf7ff2657218b1d7581148c81a508b24fbed29b12b9f6b35e8206c
/usr/share/locale/ca/LC_MESSAGES/sed.mo f 0644 0:0 size=8506 nlink=1 sha256=b7981e2eeb46939dcacecdde7a19763322ecc7b9c2271cc2b0786dbc8b75b8b2
/usr/share/locale/ca/LC_MESSAGES/shadow.mo f 0644 0:0 size=66042 nlink=1 sha256=faf65a425c20cb2d30e48d0a51e6cb901d82acc5b53bb2b83428ebde882aa4c1
/usr/share/locale/ca/LC_MESSAGES/tar.mo f 0644 0:0 size=64091 nlink=1 sha256=86b0a26ca5a9fb50e3bfe06e07f27db6b495ccc51bdfdf1ccaa717fc7b072066
/usr/share/locale/ca/LC_TIME d 0755 0:0
/usr/share/locale/ca/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/cs d 0755 0:0
/usr/share/locale/cs/LC_MESSAGES d 0755 0:0
/usr/share/locale/cs/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9857 nlink=1 sha256=85f1f06fc9faf80bf5a63211804fe4640ae04e06e2d19ba4cdcdb11b5b7cab3e
/usr/share/locale/cs/LC_MESSAGES/adduser.mo f 0644 0:0 size=11731 nlink=1 sha256=38748edd58a7c1542bb7d84b4f4dba60423bc5bc16d855a5b25ca1b1aac33859
/usr/share/locale/cs/LC_MESSAGES/apt.mo f 0644 0:0 size=46771 nlink=1 sha256=36d88b3d3c33933b4e33a21bcd2c708eb57d898586dc11640cb2902cfe533664
/usr/share/locale/cs/LC_MESSAGES/bash.mo f 0644 0:0 size=185301 nlink=1 sha256=6e0765885e5b1e1569aeea74b0172ee2cfda84e82dfcca294e87a8f7f72663ce
/usr/share/locale/cs/LC_MESSAGES/coreutils.mo f 0644 0:0 size=352927 nlink=1 sha256=6ca4c5ebcbf07e11b5a9db1e66eb3222a58316d5d6efc9d4e0739c4dbc21b5d7
/usr/share/locale/cs/LC_MESSAGES/diffutils.mo f 0644 0:0 size=35815 nlink=1 sha256=3f5a76fd26f0256e77ae06390c9e7148dc0bd8cc78b59c58e7b82e4624e5c4c7
/usr/share/locale/cs/LC_MESSAGES/dpkg.mo f 0644 0:0 size=170736 nlink=1 sha256=f91dbe10d2828deb70381e0fcf3c678ffc3c8fdb3568beeee59f18cfcb95d8a5
/usr/share/locale/cs/LC_MESSAGES/findutils.mo f 0644 0:0 size=30797 nlink=1 sha256=f6bd3810d8c519c46cf2177a32392286143ab0fe35a920df6c7b73341ef22aae
/usr/share/locale/cs/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=34151 nlink=1 sha256=37c15a824305507e996034e34d2635f2f3954d4943a435409f2ef03f4cf75100
/usr/share/locale/cs/LC_MESSAGES/grep.mo f 0644 0:0 size=18684 nlink=1 sha256=a25b04cd568bbcbd8fe6500f44d24ad94ecc6885223501084a233cb7b5d1e4b0
/usr/share/locale/cs/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=34245 nlink=1 sha256=eb2cc0351e4be89c44d1148b428aa026557d8cf33510363793fae9dc908aacda
/usr/share/locale/cs/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6554 nlink=1 sha256=d94655ab5bbdc3b0779e43429e0c1a261834fd2ada3f4be89f9de69d233edaa8
/usr/share/locale/cs/LC_MESSAGES/sed.mo f 0644 0:0 size=15966 nlink=1 sha256=50f6e6ba5ab7414d5a3af4cc3b0e979adbfab54e5e711931854236d285ecda3f
/usr/share/locale/cs/LC_MESSAGES/shadow.mo f 0644 0:0 size=69417 nlink=1 sha256=03851694a931b8017212ab7da6b1558de8dacd9326a628dcd5e61318d5309588
/usr/share/locale/cs/LC_MESSAGES/tar.mo f 0644 0:0 size=64931 nlink=1 sha256=ea485234f9a110fbd7f84e3c4c39ee92c2007baeb1dc49c1f6da9ff341beda40
/usr/share/locale/cs/LC_TIME d 0755 0:0
/usr/share/locale/cs/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/cy d 0755 0:0
/usr/share/locale/cy/LC_MESSAGES d 0755 0:0
/usr/share/locale/cy/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=535 nlink=1 sha256=8658295e54ff5e69ccfc5fe90fc7d5df302f26a68ca82498555dbb5992870df2
/usr/share/locale/cy/LC_MESSAGES/apt.mo f 0644 0:0 size=14424 nlink=1 sha256=4cac63e1b0c8dcb735b18f1ea0c012e62b667f67fd9469318dd3bf5aca2e5db9
/usr/share/locale/cy/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=9181 nlink=1 sha256=ff15b49b6abf3f19525a2f365466fd02f8a218c7d2b0d0d8aba80d7e48228ff1
/usr/share/locale/da d 0755 0:0
/usr/share/locale/da/LC_MESSAGES d 0755 0:0
/usr/share/locale/da/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9846 nlink=1 sha256=cd0f785d0f2dad4b852838ada044b4ba47eccf1fcfcb855ef2a13bb37ed39a4d
/usr/share/locale/da/LC_MESSAGES/adduser.mo f 0644 0:0 size=11595 nlink=1 sha256=d75a3bc0892b89262bbeb69be27bb5d154501fe9b25cb4fd75450366c1bfbba7
/usr/share/locale/da/LC_MESSAGES/apt.mo f 0644 0:0 size=43126 nlink=1 sha256=8a846291b29a4a2c253d99417d85788e9d66eabc81be14614a2551ce9c3f8d66
/usr/share/locale/da/LC_MESSAGES/bash.mo f 0644 0:0 size=70624 nlink=1 sha256=9eb16f6743231ff442a4e6eda73afe09212f98460d1fa5cb61292efcb302bcb0
/usr/share/locale/da/LC_MESSAGES/coreutils.mo f 0644 0:0 size=330619 nlink=1 sha256=5df62c337708daa3f1c8357f8cd21dd92386953790b89d9c4399d5e875608592
/usr/share/locale/da/LC_MESSAGES/diffutils.mo f 0644 0:0 size=33337 nlink=1 sha256=fa323dfa3f8e4ea7e947f6c39e9b771648ffcbfe6cc122a5604cb14cf8cf5aca
/usr/share/locale/da/LC_MESSAGES/dpkg.mo f 0644 0:0 size=112883 nlink=1 sha256=50b2ce01ef0099009e498130872fbc0ab1bce96cab5baddf2f850a609ff0421d
/usr/share/locale/da/LC_MESSAGES/findutils.mo f 0644 0:0 size=29641 nlink=1 sha256=70f20860fc02e09479fb2252d9720169defb5187d40b8f7cebbdf670363c3b41
/usr/share/locale/da/LC_MESSAGES/grep.mo f 0644 0:0 size=15997 nlink=1 sha256=fb663ba8211fbdb9185b1cb8f98302d8bc5c1ef5b899f6da997f274b40498f44
/usr/share/locale/da/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=29875 nlink=1 sha256=4bf161e87e2a74e1caa22391d8ffdfd36ec0c208f5a8fd64b781619d93468b1d
/usr/share/locale/da/LC_MESSAGES/libidn2.mo f 0644 0:0 size=4754 nlink=1 sha256=de667845ca3d06ee9f552bf16183cf8c34ad361ce4dea291141ac6fbac98eb87
/usr/share/locale/da/LC_MESSAGES/sed.mo f 0644 0:0 size=12214 nlink=1 sha256=900b4893c6a467767328276f571c3535091ee905f7ae1bba8d9b398dea285baa
/usr/share/locale/da/LC_MESSAGES/shadow.mo f 0644 0:0 size=61675 nlink=1 sha256=5c8bf868aa470dc063634df52c12a8d09ed12c24e1beed4d583f30adb24671ac
/usr/share/locale/da/LC_MESSAGES/tar.mo f 0644 0:0 size=60187 nlink=1 sha256=93d12b755d5e8ffe316b0056ace9fefa38518c498db371566867eff509c26200
/usr/share/locale/da/LC_TIME d 0755 0:0
/usr/share/locale/da/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/de d 0755 0:0
/usr/share/locale/de/LC_MESSAGES d 0755 0:0
/usr/share/locale/de/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10185 nlink=1 sha256=f701ffd437dca08f609db612a7ee9354fef207d70fa7f185bebb2f7cf19c4db4
/usr/share/locale/de/LC_MESSAGES/adduser.mo f 0644 0:0 size=22824 nlink=1 sha256=ed9e7988b040ed74f8c1ba4972b4ff82eb93f74e25aee3e1c75946d2ac403d7b
/usr/share/locale/de/LC_MESSAGES/apt.mo f 0644 0:0 size=50021 nlink=1 sha256=15b6a2c780a10fc80ea4a878e1c045bf5c9ec639e5f6d7dd9cf4e6ad9976872a
/usr/share/locale/de/LC_MESSAGES/bash.mo f 0644 0:0 size=125828 nlink=1 sha256=4089a683a98eedbe65862517aa270dbcb2375e4fd93c4644776ae72b3ae23202
/usr/share/locale/de/LC_MESSAGES/coreutils.mo f 0644 0:0 size=385062 nlink=1 sha256=9230b2996741a2cdad8b0f6ba7e9a0a416b7b68c57afa14961f61d2934b122e9
/usr/share/locale/de/LC_MESSAGES/diffutils.mo f 0644 0:0 size=37041 nlink=1 sha256=7d37947f3bc72a74ebbd761ba60c5a62844c33113523660f77e1c402d1e0dfa5
/usr/share/locale/de/LC_MESSAGES/dpkg.mo f 0644 0:0 size=175012 nlink=1 sha256=8dfa741f5706bbc160fd361bcf4362fdcbd9487e353e27991d5b28972c8653c7
/usr/share/locale/de/LC_MESSAGES/findutils.mo f 0644 0:0 size=31775 nlink=1 sha256=25e77dbf5de4e605accc8ed752f17d81a4f41ebf18bd0e8bc93da943075c9f63
/usr/share/locale/de/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=34568 nlink=1 sha256=a925dae89d0ced9c466c9210160e5368e094c667a8f59eafbaed8ed59ffcab48
/usr/share/locale/de/LC_MESSAGES/grep.mo f 0644 0:0 size=19104 nlink=1 sha256=f26269de946db502e6b3dff6bc9fea9e7dccce65ef7678ff0c87f90adddd55f7
/usr/share/locale/de/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=36951 nlink=1 sha256=f23d2f0c46454cb430a819e78efa64d6ed04dd106fdffddfb916f434094d9f9d
/usr/share/locale/de/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6750 nlink=1 sha256=4d36b2289dcc45eeac5b65ba38f9df9363eb7c41270e24e611a088876f843551
/usr/share/locale/de/LC_MESSAGES/sed.mo f 0644 0:0 size=15493 nlink=1 sha256=860c8eecb97133405bf365f39b3c44eb8aaf37df74d594d05e2050da5abd0627
/usr/share/locale/de/LC_MESSAGES/shadow.mo f 0644 0:0 size=67706 nlink=1 sha256=5f414a9f3d3081ce6aebac7ffab607ea4cedd6bdcdc118ea5acb8d834a70caf1
/usr/share/locale/de/LC_MESSAGES/tar.mo f 0644 0:0 size=64342 nlink=1 sha256=e6c6fe18aaa90ff88aa96b6aaedd4384e2a0a6795a4fbe784ecbf352bde23d4d
/usr/share/locale/de/LC_TIME d 0755 0:0
/usr/share/locale/de/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/de_CH d 0755 0:0
/usr/share/locale/de_CH/LC_MESSAGES d 0755 0:0
/usr/share/locale/de_CH/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=511 nlink=1 sha256=c9087e942b4303877362557c4a23f31978b68e9cd341862d8abffd41e04a11d8
/usr/share/locale/dz d 0755 0:0
/usr/share/locale/dz/LC_MESSAGES d 0755 0:0
/usr/share/locale/dz/LC_MESSAGES/apt.mo f 0644 0:0 size=42109 nlink=1 sha256=74ceba7299868c575461aac36f9cc77f638333556ffe5344ea6d82ecda4a4516
/usr/share/locale/dz/LC_MESSAGES/dpkg.mo f 0644 0:0 size=77525 nlink=1 sha256=fe0712b4706b4b143adfbccc3d4a7a8902e2951aa30befd00f8bb399cc43d0cc
/usr/share/locale/dz/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=25524 nlink=1 sha256=8c45a90eeefa9ee3826f4cbbfddee19cbdc238d3ea964a6920bbf4ec52d8b24c
/usr/share/locale/dz/LC_MESSAGES/shadow.mo f 0644 0:0 size=32468 nlink=1 sha256=252aee27457142a5e2f63ea346b6fa4c973d0095120a3eb3db07397f5b02896b
/usr/share/locale/el d 0755 0:0
/usr/share/locale/el/LC_MESSAGES d 0755 0:0
/usr/share/locale/el/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=467 nlink=1 sha256=14e59a892cf4f8386bfd30e920f4cea63d4e8b5964a43de73a645637a2e5bda6
/usr/share/locale/el/LC_MESSAGES/apt.mo f 0644 0:0 size=47488 nlink=1 sha256=46866318ab7e0b6919174cb185dc897d4ea7aa049fd5d53d6c82dffbf32c39ba
/usr/share/locale/el/LC_MESSAGES/bash.mo f 0644 0:0 size=83800 nlink=1 sha256=cc28ce0ea81e1a078d4eafeb442daabefce5bf34a03dc780271ed2e6bc157f64
/usr/share/locale/el/LC_MESSAGES/coreutils.mo f 0644 0:0 size=23176 nlink=1 sha256=01d0858e0f5f8962097e84a029dcc4a40421af4c56f236dc6996b726b56ad2fe
/usr/share/locale/el/LC_MESSAGES/diffutils.mo f 0644 0:0 size=42072 nlink=1 sha256=60f5911d081e3078bceea72c734d31dce2a077e2968d02238cc296905592cc53
/usr/share/locale/el/LC_MESSAGES/dpkg.mo f 0644 0:0 size=66783 nlink=1 sha256=386957dfc30d56a848bd03e7d076f7a5f2488b4eb7a7d37e3a17cb5858b88bb8
/usr/share/locale/el/LC_MESSAGES/findutils.mo f 0644 0:0 size=38380 nlink=1 sha256=1dd647a17212d2689993356a8e6757cfde692580ab2a3762ac6e137573e114b9
/usr/share/locale/el/LC_MESSAGES/grep.mo f 0644 0:0 size=3746 nlink=1 sha256=43d79f43c9fbb5e67f4ecf9ed570c196d5198cb318dc7213272a77a8fdef72da
/usr/share/locale/el/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=29407 nlink=1 sha256=fe73040a20ec5ea235c8b8f1e1e230a2e6b49e7ab905edd1159efb73072edaab
/usr/share/locale/el/LC_MESSAGES/sed.mo f 0644 0:0 size=11102 nlink=1 sha256=574161487f98afb3637c6c7dcfcfc6ac2d3fb5c9e0d12e95d663b5c0aef71785
/usr/share/locale/el/LC_MESSAGES/shadow.mo f 0644 0:0 size=82996 nlink=1 sha256=bf9a6837d69e7c28144a9371952c6eb01c2685d013ce0fc93520f92af314d512
/usr/share/locale/el/LC_MESSAGES/tar.mo f 0644 0:0 size=14467 nlink=1 sha256=2f82a00cad5b76cc8be1da31b57c774e1a733288d77b91a15639162708e69e90
/usr/share/locale/el/LC_TIME d 0755 0:0
/usr/share/locale/el/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/en@boldquot d 0755 0:0
/usr/share/locale/en@boldquot/LC_MESSAGES d 0755 0:0
/usr/share/locale/en@boldquot/LC_MESSAGES/bash.mo f 0644 0:0 size=164675 nlink=1 sha256=865ac127474412eff39c529a76aff00fe27979e85de0346b0053d682e157e221
/usr/share/locale/en@quot d 0755 0:0
/usr/share/locale/en@quot/LC_MESSAGES d 0755 0:0
/usr/share/locale/en@quot/LC_MESSAGES/bash.mo f 0644 0:0 size=163043 nlink=1 sha256=a14f635b33a9bd32090514c6edc8d44e650d239d236e102ce3ad5060afecb56e
/usr/share/locale/eo d 0755 0:0
/usr/share/locale/eo/LC_MESSAGES d 0755 0:0
/usr/share/locale/eo/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=3833 nlink=1 sha256=8fe51ae52bfadc189cd2bcac31bea33586623e76d95f6a8202d6b58a6d175ccb
/usr/share/locale/eo/LC_MESSAGES/bash.mo f 0644 0:0 size=162418 nlink=1 sha256=a7beda07d0c0c6b758e8e3d87a0d84c9d1e27db26b6d960cdc56e92b4bfe18c0
/usr/share/locale/eo/LC_MESSAGES/coreutils.mo f 0644 0:0 size=157184 nlink=1 sha256=531170e4531deabc8a87cba0305f6208060cdd330496319d57871417b4196491
/usr/share/locale/eo/LC_MESSAGES/diffutils.mo f 0644 0:0 size=33036 nlink=1 sha256=6a6c4905316a7c9d86b40e2d8b16a4495804d6004a26b7e0575b77fae8c69291
/usr/share/locale/eo/LC_MESSAGES/dpkg.mo f 0644 0:0 size=113183 nlink=1 sha256=d0aec8ff676973acc99b0f4690dbb3ebd5d2cac20f796047c318cbcc688a45c3
/usr/share/locale/eo/LC_MESSAGES/findutils.mo f 0644 0:0 size=29455 nlink=1 sha256=23946e189d6210ee80df0051cf7ab74770a8746e34ea819420630f0c95cc5b2a
/usr/share/locale/eo/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=33110 nlink=1 sha256=a79cd9989ef0894fb7d199a139b2a57d2aa15f87c680576b272c15d35d23c454
/usr/share/locale/eo/LC_MESSAGES/grep.mo f 0644 0:0 size=16503 nlink=1 sha256=d98dabc47df7bff4eed1fa0409d5815d5d41b10b224e0b2285c9407ece07d5fb
/usr/share/locale/eo/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6353 nlink=1 sha256=77c520a46161a4678070e5fb735e608460040f2ea2f51bb1caf3de8b18afedcb
/usr/share/locale/eo/LC_MESSAGES/sed.mo f 0644 0:0 size=14589 nlink=1 sha256=29dcdeabedb827c5c35b1c07a56b158106133a5c5e54cfeabee5b46f086fcc97
/usr/share/locale/eo/LC_MESSAGES/tar.mo f 0644 0:0 size=61190 nlink=1 sha256=8df361c348a9ed3f364d6f66b5a6647e1bf9a0886b9d1f034d5a5433e8a29ef6
/usr/share/locale/eo/LC_TIME d 0755 0:0
/usr/share/locale/eo/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/es d 0755 0:0
/usr/share/locale/es/LC_MESSAGES d 0755 0:0
/usr/share/locale/es/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=7937 nlink=1 sha256=8a68c8b0f906c3d35216dc3721b2314230e8390e4716f7e49f8474f4e1837568
/usr/share/locale/es/LC_MESSAGES/adduser.mo f 0644 0:0 size=12795 nlink=1 sha256=716e17ce504838046b24125e753c93261d739ec5120a4ac856696ea3ca7fe99e
/usr/share/locale/es/LC_MESSAGES/apt.mo f 0644 0:0 size=46434 nlink=1 sha256=6baff8d114a63c4bc1e036c76ffc4c4e23c9e04facec71e2fe40a126a05b2c2d
/usr/share/locale/es/LC_MESSAGES/bash.mo f 0644 0:0 size=183966 nlink=1 sha256=a576c4ce7e6e90bef59758ed2998356f2d0dbbf69c82ab32c0ae5d678b2c361e
/usr/share/locale/es/LC_MESSAGES/coreutils.mo f 0644 0:0 size=234029 nlink=1 sha256=9df0b7473bd2410a292525a7bf7ab2a878d75da92b04af8ac1b4e11ce1804800
/usr/share/locale/es/LC_MESSAGES/diffutils.mo f 0644 0:0 size=35739 nlink=1 sha256=f7001167b7913468c3ebf4517a3727f75599d6553c3b2a0f2e862f850116c95d
/usr/share/locale/es/LC_MESSAGES/dpkg.mo f 0644 0:0 size=133297 nlink=1 sha256=4b74215675dbe4f40dbb05743bad66e0cf66dfbafd0563ba9605ccc99d4bed4c
/usr/share/locale/es/LC_MESSAGES/findutils.mo f 0644 0:0 size=20084 nlink=1 sha256=7963b7eff33cac8c4f4e99a93c1e59857cb5c2eaafc31ef78410006384376d11
/usr/share/locale/es/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=34721 nlink=1 sha256=4adde96d8158be63f7449d9d8523f5432ec58b7b0b7af7a9f9b11e9c31a118a6
/usr/share/locale/es/LC_MESSAGES/grep.mo f 0644 0:0 size=17302 nlink=1 sha256=5c36f3b65d5cf4e2d0906ecc1477f079142b082550b32257054f90c934b21fbb
/usr/share/locale/es/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=32478 nlink=1 sha256=0ecc39da5f924b7858ebdbd8eb2e3fab1016db0774813a770420a0cc180c341d
/usr/share/locale/es/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6707 nlink=1 sha256=6d285c49d77e6a1195465e894169281c0201e970c980e861956b4919d7ad7bc9
/usr/share/locale/es/LC_MESSAGES/sed.mo f 0644 0:0 size=15983 nlink=1 sha256=7453b2766d897ce5ad0fd92880b438164a1f1a86c2f78a7f56275e82275dd99d
/usr/share/locale/es/LC_MESSAGES/shadow.mo f 0644 0:0 size=59443 nlink=1 sha256=2ab363ea306ae164bba3ced443e940155d9303fe77e142e9830a729abfc35236
/usr/share/locale/es/LC_MESSAGES/tar.mo f 0644 0:0 size=65237 nlink=1 sha256=3403b71c1fac4c8d383aa35da5f213269fb0bd7ac57a547dad65bbb1173b979f
/usr/share/locale/es/LC_TIME d 0755 0:0
/usr/share/locale/es/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/et d 0755 0:0
/usr/share/locale/et/LC_MESSAGES d 0755 0:0
/usr/share/locale/et/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=2251 nlink=1 sha256=5d70bc8eca27b47e27080a6b2fb586848e5c2b24172808501de55f1f98be402a
/usr/share/locale/et/LC_MESSAGES/bash.mo f 0644 0:0 size=12156 nlink=1 sha256=ed3bca39dbabde1cd9103047b0e7361df3d7290790998dfbb13b65ca0aebe09c
/usr/share/locale/et/LC_MESSAGES/coreutils.mo f 0644 0:0 size=353864 nlink=1 sha256=a49a2d2c4cc2905583529102906437a6d1a42d48434d52741e529c3e6dd2b7d1
/usr/share/locale/et/LC_MESSAGES/dpkg.mo f 0644 0:0 size=18574 nlink=1 sha256=edbff59db83bc4386de930592f86fee29cc203ec0f623d0a83a2845b4c8a1530
/usr/share/locale/et/LC_MESSAGES/findutils.mo f 0644 0:0 size=28854 nlink=1 sha256=7ba418f245ba56cb27da3ed626400af5347b0b5033d6839019d9253f8f778f93
/usr/share/locale/et/LC_MESSAGES/grep.mo f 0644 0:0 size=16855 nlink=1 sha256=eeca38e5afbc41fca4f71b00698290d19fae4737b0f684a0f97be3491179c43a
/usr/share/locale/et/LC_MESSAGES/sed.mo f 0644 0:0 size=14787 nlink=1 sha256=42a860476cf5ee56b5e1a9a8357a4e429a67ff799755143faa9391b81fabd579
/usr/share/locale/et/LC_MESSAGES/tar.mo f 0644 0:0 size=59767 nlink=1 sha256=33a057d877346a6b6c2034d5f31e45245e94bcb6bb71aad04d50de2e5ba54ea5
/usr/share/locale/et/LC_TIME d 0755 0:0
/usr/share/locale/et/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/eu d 0755 0:0
/usr/share/locale/eu/LC_MESSAGES d 0755 0:0
/usr/share/locale/eu/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=968 nlink=1 sha256=a4a33bc364908fe62e3e3dcbfb3564876c130e0b1357fae00dbbefd8736f2692
/usr/share/locale/eu/LC_MESSAGES/adduser.mo f 0644 0:0 size=11862 nlink=1 sha256=f6ea25eef3c592a8ba990c06326faeab9473436e8c17b86fee26d863290cc255
/usr/share/locale/eu/LC_MESSAGES/apt.mo f 0644 0:0 size=22726 nlink=1 sha256=4b69bb66b054b40ae65cc3a6de0c18bf6d07c8ab5a2a5896a354a5a2c918ffba
/usr/share/locale/eu/LC_MESSAGES/coreutils.mo f 0644 0:0 size=26974 nlink=1 sha256=63f1748816241ed360a75f4f148055ab27e6b7dc255ccded11e33f6bb6f00c0f
/usr/share/locale/eu/LC_MESSAGES/dpkg.mo f 0644 0:0 size=117584 nlink=1 sha256=644d04a53cc2658c7503ecaa982c9cd2237ce02d1371573dbfa5546aea022180
/usr/share/locale/eu/LC_MESSAGES/grep.mo f 0644 0:0 size=1278 nlink=1 sha256=b049f94194566e609ee9f5739bfa6fde1e42dbac22f191e09030adcd455c4f72
/usr/share/locale/eu/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=14245 nlink=1 sha256=349021ae04b6ba6fe896fdfb7e0168f08bad3c123d17b808b8514986e88837be
/usr/share/locale/eu/LC_MESSAGES/sed.mo f 0644 0:0 size=1627 nlink=1 sha256=85a754b79ef67416e4932481e4c7b7aa0bcccdef763a0d25d44db9edb68c45f0
/usr/share/locale/eu/LC_MESSAGES/shadow.mo f 0644 0:0 size=46950 nlink=1 sha256=b9eeb2f33b4b9e7d28b88418f8812037be362c356465189dc1cbad5061743523
/usr/share/locale/eu/LC_MESSAGES/tar.mo f 0644 0:0 size=32368 nlink=1 sha256=d9ec3e867d0e9ee18ac7b084c9cd206dac8990ce80be1708a36e20ab9ac34e30
/usr/share/locale/eu/LC_TIME d 0755 0:0
/usr/share/locale/eu/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/fa d 0755 0:0
/usr/share/locale/fa/LC_MESSAGES d 0755 0:0
/usr/share/locale/fa/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=485 nlink=1 sha256=0338a5ad37f5b60750e8b05e6e90f1fc7a0cb9020d20d1f4aabe91ad3563cb33
/usr/share/locale/fi d 0755 0:0
/usr/share/locale/fi/LC_MESSAGES d 0755 0:0
/usr/share/locale/fi/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10046 nlink=1 sha256=f139cef0171b679a54776b80b4c0d84cc6d715bfb636515c419cdbd9c4fdf746
/usr/share/locale/fi/LC_MESSAGES/apt.mo f 0644 0:0 size=22395 nlink=1 sha256=3f7d45e7e73a064cfb61ff179c30192f12fb148e878e6943e8c7bb07b146786f
/usr/share/locale/fi/LC_MESSAGES/bash.mo f 0644 0:0 size=73116 nlink=1 sha256=d3d7c5a1ff1d89125fee8a91ee0bae5084d359077d2a79a168b040d0977e62d0
/usr/share/locale/fi/LC_MESSAGES/coreutils.mo f 0644 0:0 size=116299 nlink=1 sha256=118ff3b1e3dbcb9a035c49a7e15e6b1226f5d6a6c8749ef7e74c54916410af8d
/usr/share/locale/fi/LC_MESSAGES/diffutils.mo f 0644 0:0 size=35517 nlink=1 sha256=7ac2ba7a29ecdd75c158d962516ccea983a0fc438993e697d46607642c5cd60f
/usr/share/locale/fi/LC_MESSAGES/findutils.mo f 0644 0:0 size=30806 nlink=1 sha256=0f76b23e28b82275d4018ab5c0f450458e98dcb01408fbd6101d3666f165f663
/usr/share/locale/fi/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=24153 nlink=1 sha256=86f679ccf3daeabacbd95937adf81d1dbc15de35b38cbb2e618b599780777284
/usr/share/locale/fi/LC_MESSAGES/grep.mo f 0644 0:0 size=18039 nlink=1 sha256=e43f2572d98bb73a3f6269e0e18add7c02d4b9e1ef240cf34552471355a1838b
/usr/share/locale/fi/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=14214 nlink=1 sha256=c63e8ec08ecdee1fd0909c5dbb528046345bd41130f244a32ec8b003cfb7aaca
/usr/share/locale/fi/LC_MESSAGES/libidn2.mo f 0644 0:0 size=1020 nlink=1 sha256=1592cebe94201b161ad361e8a1d18b5b79ffda5cb9d7d2cfce87729c47f70c5f
/usr/share/locale/fi/LC_MESSAGES/sed.mo f 0644 0:0 size=15342 nlink=1 sha256=97fcd98183c5dcd26ec5abd46c9b49b935431c4644af62d7ffc3951f0105c91f
/usr/share/locale/fi/LC_MESSAGES/shadow.mo f 0644 0:0 size=18790 nlink=1 sha256=bd0f283a52d50a4fcbb6b0b8cc725fd6e4c4e264389b13fc4955a299b5944d95
/usr/share/locale/fi/LC_MESSAGES/tar.mo f 0644 0:0 size=57193 nlink=1 sha256=4460d323792c29d935a556015f38cec7345cd37fc05368a83bece18ae5f66fa0
/usr/share/locale/fi/LC_TIME d 0755 0:0
/usr/share/locale/fi/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/fr d 0755 0:0
/usr/share/locale/fr/LC_MESSAGES d 0755 0:0
/usr/share/locale/fr/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10700 nlink=1 sha256=b8b1ba689e11c6333fc3e4229ceb11f1f1d11fc9da352d96fd021eb2faff7469
/usr/share/locale/fr/LC_MESSAGES/adduser.mo f 0644 0:0 size=23305 nlink=1 sha256=24e95da19a10437403edef01262282125d32dfa1395de3b0c4bd8f63653c38c3
/usr/share/locale/fr/LC_MESSAGES/apt.mo f 0644 0:0 size=48841 nlink=1 sha256=7e5b5784664df9d5947aed90f2e62d7199c36c82c4d7858c5c77cec859c88643
/usr/share/locale/fr/LC_MESSAGES/bash.mo f 0644 0:0 size=190057 nlink=1 sha256=7af1c13ef4b427528b750e94c3a5367f9acef9be2363041ac6858076659a8fe9
/usr/share/locale/fr/LC_MESSAGES/coreutils.mo f 0644 0:0 size=394713 nlink=1 sha256=bb02df7e899485e81b7c46b412832c312bbdf7a642bc335a0a63518b49497d4a
/usr/share/locale/fr/LC_MESSAGES/diffutils.mo f 0644 0:0 size=36886 nlink=1 sha256=6843eac75915d2289f33aea4eada3fa180f483c03ec34ee332b65110eed25c8a
/usr/share/locale/fr/LC_MESSAGES/dpkg.mo f 0644 0:0 size=185526 nlink=1 sha256=7c5dae9300808c4efdfc70052a14703631e7c48fd930f696c06fd779c83ffb98
/usr/share/locale/fr/LC_MESSAGES/findutils.mo f 0644 0:0 size=31645 nlink=1 sha256=6e2b0a68e9333e504c40028c716e9990b352124ad33eea49b3a02f0c8e82eb99
/usr/share/locale/fr/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=35159 nlink=1 sha256=061005aff55b0baf38aa5ae80d60a09d22eb66f6e902f261c8a2f39b9694ed8e
/usr/share/locale/fr/LC_MESSAGES/grep.mo f 0644 0:0 size=18325 nlink=1 sha256=550473a989c1cc6e89a172cb8f051c2ded3006058758ffafb73e8762e885d9c7
/usr/share/locale/fr/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=35443 nlink=1 sha256=5e26b25b1f02a03e2a8e8d531925be9fb07c48303bac70bdb998286b083ddc10
/usr/share/locale/fr/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6682 nlink=1 sha256=2ae5eab11daddec6f09df0f0d56c342f4bbf69c85e0c8d2bbb03fbbc27b6f454
/usr/share/locale/fr/LC_MESSAGES/sed.mo f 0644 0:0 size=16409 nlink=1 sha256=0a29ecf044967ee242834ed9b32057d90a4e2add5ed875a8618d49bc8e3e5630
/usr/share/locale/fr/LC_MESSAGES/shadow.mo f 0644 0:0 size=82156 nlink=1 sha256=785d4e69fae2ca8b20294ae4f427b9f43023454c0be3fbc836ed38185c036788
/usr/share/locale/fr/LC_MESSAGES/tar.mo f 0644 0:0 size=67389 nlink=1 sha256=992e3c1e651276ba1bd8f074a5bd8eb3b1235cc70a4834eec92549efb99bdd29
/usr/share/locale/fr/LC_TIME d 0755 0:0
/usr/share/locale/fr/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/fur d 0755 0:0
/usr/share/locale/fur/LC_MESSAGES d 0755 0:0
/usr/share/locale/fur/LC_MESSAGES/libidn2.mo f 0644 0:0 size=4542 nlink=1 sha256=ee1473b5696d7e1d57035c9e60c46ba9936a9ddb2d3f73110a52f453ddd1e05c
/usr/share/locale/ga d 0755 0:0
/usr/share/locale/ga/LC_MESSAGES d 0755 0:0
/usr/share/locale/ga/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=7693 nlink=1 sha256=ef2f3bfe5bc2106edbb1aecd2de1c81b60d6c6af1ca3a86c8cf6697b44afdcbe
/usr/share/locale/ga/LC_MESSAGES/bash.mo f 0644 0:0 size=115689 nlink=1 sha256=82ac099fd96d3b4dde69e2c16a3d405c8e26f9b2ef49319bbb1dae7fa3921da5
/usr/share/locale/ga/LC_MESSAGES/coreutils.mo f 0644 0:0 size=107224 nlink=1 sha256=1e01bef51a67df4d34f25d38228d76721d2d4b1566db86ded14502d6ae1b8cf2
/usr/share/locale/ga/LC_MESSAGES/diffutils.mo f 0644 0:0 size=7704 nlink=1 sha256=70fefab6f8da603fbf4d65a8ecd5d890cedec091a9929d391c01debda0ae540d
/usr/share/locale/ga/LC_MESSAGES/findutils.mo f 0644 0:0 size=17056 nlink=1 sha256=38f04848118b35d227a6e9be2582bdca7afce3ede31a1697fb014c5627b96cbe
/usr/share/locale/ga/LC_MESSAGES/grep.mo f 0644 0:0 size=10276 nlink=1 sha256=5e2e62f1025e910796488b8571f85802ad5b3fc29def7b8baba943082fd9f276
/usr/share/locale/ga/LC_MESSAGES/sed.mo f 0644 0:0 size=13599 nlink=1 sha256=d9a18fd4c5e0edaa1e11756ad596682650278cf9dac1c2092cd6bc35d31a0530
/usr/share/locale/ga/LC_MESSAGES/tar.mo f 0644 0:0 size=65812 nlink=1 sha256=500800bc8b5339501d2b0e4dc334fd7ca354c8b73b3e42093febeb296316432e
/usr/share/locale/ga/LC_TIME d 0755 0:0
/usr/share/locale/ga/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/gl d 0755 0:0
/usr/share/locale/gl/LC_MESSAGES d 0755 0:0
/usr/share/locale/gl/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=493 nlink=1 sha256=667b8d19a89eb3bb527fba9da5fdbe9d2158a3a3c47d4a2ba8473417105bf3b1
/usr/share/locale/gl/LC_MESSAGES/adduser.mo f 0644 0:0 size=21834 nlink=1 sha256=84058be216db452d9f602d3ff8106ff4de4df490a41a5fdd6766194ecf111514
/usr/share/locale/gl/LC_MESSAGES/apt.mo f 0644 0:0 size=28060 nlink=1 sha256=8ca4d4d108621fd297aa6b2f535fb1334d9ab83f4a4520a0cd17d0e295e2d4a3
/usr/share/locale/gl/LC_MESSAGES/bash.mo f 0644 0:0 size=53798 nlink=1 sha256=99f9dd6443133ed19be3e7ad684a206c53e7293abcbba13ba7620cc4e8e8fc6b
/usr/share/locale/gl/LC_MESSAGES/coreutils.mo f 0644 0:0 size=25681 nlink=1 sha256=a8e3c3eec8ddaada236e558903a5526bdccabb00919d5f3469ccd3748a0d19c0
/usr/share/locale/gl/LC_MESSAGES/diffutils.mo f 0644 0:0 size=10100 nlink=1 sha256=22c5b108bc431b29e93330a62da8b466fc49cb800fb445a90ddc8facf70abe19
/usr/share/locale/gl/LC_MESSAGES/dpkg.mo f 0644 0:0 size=51521 nlink=1 sha256=2aa89a5cb3cbf63c7a745ba68ab7b67722e6167e918a048223773cb0e22f702e
/usr/share/locale/gl/LC_MESSAGES/findutils.mo f 0644 0:0 size=19945 nlink=1 sha256=f3f2a9d17be64649b91c6a59cca1b9254fc2de588d052d41001d863046abcce4
/usr/share/locale/gl/LC_MESSAGES/grep.mo f 0644 0:0 size=15881 nlink=1 sha256=6f865baddcc8ad9047115d44540e3445b58cb68a10c3813b332575d1c9f4358f
/usr/share/locale/gl/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=22401 nlink=1 sha256=4a23382dd36ebd6dbc4563181dc86746663a843ac9a8e672beee44c684ff8d98
/usr/share/locale/gl/LC_MESSAGES/sed.mo f 0644 0:0 size=15193 nlink=1 sha256=f86f190365fd73c40cc1baf5435ce301c87dc0c8ddbd7179e8c476776dc2a22c
/usr/share/locale/gl/LC_MESSAGES/shadow.mo f 0644 0:0 size=18898 nlink=1 sha256=60e1e14682cbf3e257d18d6c393c3cc3747608d57364136e175a82e0cd923cdf
/usr/share/locale/gl/LC_MESSAGES/tar.mo f 0644 0:0 size=10693 nlink=1 sha256=465a710f57ca43e6423125385805658c9afd0eecd372a70fc00e414ed13bfaf4
/usr/share/locale/gl/LC_TIME d 0755 0:0
/usr/share/locale/gl/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/gu d 0755 0:0
/usr/share/locale/gu/LC_MESSAGES d 0755 0:0
/usr/share/locale/gu/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10377 nlink=1 sha256=26e24e14308936cc01faa9160edb2f02940cfe444c7dffa8da21b1e742bd8ddc
/usr/share/locale/he d 0755 0:0
/usr/share/locale/he/LC_MESSAGES d 0755 0:0
/usr/share/locale/he/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10834 nlink=1 sha256=86d53a75a14e3ad9013457a32eee967f76274c001ce33f611821644a9ec8f11f
/usr/share/locale/he/LC_MESSAGES/diffutils.mo f 0644 0:0 size=6130 nlink=1 sha256=509020c168980d1a0df4631426af667e5b6323658dc61a04a958969281ad3135
/usr/share/locale/he/LC_MESSAGES/grep.mo f 0644 0:0 size=1138 nlink=1 sha256=d2acfd9c0b1245a987ff70d1bc84573c86ae6d3f0601565d2f4b74329b5ca261
/usr/share/locale/he/LC_MESSAGES/sed.mo f 0644 0:0 size=1292 nlink=1 sha256=919e7f315161d7d6a8d63057c04db7e9f89bd143046dde68ef4f5a73a1bb4699
/usr/share/locale/he/LC_MESSAGES/shadow.mo f 0644 0:0 size=4599 nlink=1 sha256=5b3cf984c03a6d9e3873524aad31499c89c319614a2fb4bb6fe7a6af3ccc6a60
/usr/share/locale/hi d 0755 0:0
/usr/share/locale/hi/LC_MESSAGES d 0755 0:0
/usr/share/locale/hi/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9833 nlink=1 sha256=1cba69fc8c9930b7fef7b8c48549cf883c488814985bf787fa6fabac0f8f5891
/usr/share/locale/hr d 0755 0:0
/usr/share/locale/hr/LC_MESSAGES d 0755 0:0
/usr/share/locale/hr/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=565 nlink=1 sha256=c673f2a23fb8716041cbc579a95582bed9f3c2710b40cc79cff2a980585e1b1c
/usr/share/locale/hr/LC_MESSAGES/bash.mo f 0644 0:0 size=178369 nlink=1 sha256=5a9cbdb4c14619dd410379012020c18e37a82bf02c08ab75420d2449e1f0aa49
/usr/share/locale/hr/LC_MESSAGES/coreutils.mo f 0644 0:0 size=370975 nlink=1 sha256=ad751e437cf464a6e4723a55edc1dc5aab4364c5bb5089ce7ffbecf3c5b539b9
/usr/share/locale/hr/LC_MESSAGES/diffutils.mo f 0644 0:0 size=35584 nlink=1 sha256=5377d090b7ce49e165042e88d07012f74a99c921f255624d809946e263167395
/usr/share/locale/hr/LC_MESSAGES/findutils.mo f 0644 0:0 size=30303 nlink=1 sha256=c0515f063fc1fd0b24d4d5cdbef91cc3531b22f8c1541bf4dfd11313ef21bace
/usr/share/locale/hr/LC_MESSAGES/grep.mo f 0644 0:0 size=18084 nlink=1 sha256=b665dce37fafd35eca326b793b23d8dc868ac22fe6450e0614ec1ad27429afbb
/usr/share/locale/hr/LC_MESSAGES/libidn2.mo f 0644 0:0 size=1079 nlink=1 sha256=46c340f4428095ff1a78bdc99684fe66d5d9d6173c0b529524be425471d9db7f
/usr/share/locale/hr/LC_MESSAGES/sed.mo f 0644 0:0 size=16218 nlink=1 sha256=091fb34437b526249a703732b58a8d7d955ba63020fbbffe5b7a00d48931e5fc
/usr/share/locale/hr/LC_MESSAGES/tar.mo f 0644 0:0 size=63909 nlink=1 sha256=ad379afd277610b1707f29ac4f031ac702ce3f85d5c6fa989d6819be3f5b542f
/usr/share/locale/hr/LC_TIME d 0755 0:0
/usr/share/locale/hr/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/hu d 0755 0:0
/usr/share/locale/hu/LC_MESSAGES d 0755 0:0
/usr/share/locale/hu/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=7349 nlink=1 sha256=9875a32c7d3ed1c126311ba4fc4aa453203d250a2648a11b715bdce3d58e352f
/usr/share/locale/hu/LC_MESSAGES/adduser.mo f 0644 0:0 size=12657 nlink=1 sha256=c1ee60e7106078751831eb0ac17a4f4b4deb993d9cf19f6e06b1ffb31748fde5
/usr/share/locale/hu/LC_MESSAGES/apt.mo f 0644 0:0 size=45239 nlink=1 sha256=a6faf703fde0b29fc5fbc9dd58045511519db37e405f239a80daeecfdefb7d37
/usr/share/locale/hu/LC_MESSAGES/bash.mo f 0644 0:0 size=152745 nlink=1 sha256=b81dbc1434b0d6924bfafc7b87cc47dc56f2df62bef4291606b727cf24066452
/usr/share/locale/hu/LC_MESSAGES/coreutils.mo f 0644 0:0 size=314406 nlink=1 sha256=849a3c17631403694f74698baeb8f840334bdfc0e822e019253b39d1b51994b5
/usr/share/locale/hu/LC_MESSAGES/diffutils.mo f 0644 0:0 size=36044 nlink=1 sha256=5dc80a26d98b3dfb1ca3ea99554718e3bbe555c849454db7dfb80af36abc5f98
/usr/share/locale/hu/LC_MESSAGES/dpkg.mo f 0644 0:0 size=58217 nlink=1 sha256=62762a5d904b867c28c7a3cd8d00fa250eecb3b89c34a208932fde26cfe59e2c
/usr/share/locale/hu/LC_MESSAGES/findutils.mo f 0644 0:0 size=31950 nlink=1 sha256=782c3abbe6d93fdc546d88dd0c9d84c43e1f81f225885e6b55cbe18165105b0b
/usr/share/locale/hu/LC_MESSAGES/grep.mo f 0644 0:0 size=12397 nlink=1 sha256=461a19cd693303a8999ab820a6135b9934dbd743eb43f93244101827508813b6
/usr/share/locale/hu/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=30015 nlink=1 sha256=3d02aa9522bd73e3bc8357df4dde4e355aa996e21242b6122575a3c178875b34
/usr/share/locale/hu/LC_MESSAGES/libidn2.mo f 0644 0:0 size=5273 nlink=1 sha256=0a5d0d7c14baad7f295c233a1aca9a3abce99eee6482416eedf0095cf033bf18
/usr/share/locale/hu/LC_MESSAGES/sed.mo f 0644 0:0 size=12957 nlink=1 sha256=62bdb8c4c3d858f7cb4141561a7df7200ed55d679b65d49c8c03c3d9a1716e09
/usr/share/locale/hu/LC_MESSAGES/shadow.mo f 0644 0:0 size=18576 nlink=1 sha256=72098afd8529aa8b4f281886383cd2a138d23b00b00e67aebca5ab92fc41d109
/usr/share/locale/hu/LC_MESSAGES/tar.mo f 0644 0:0 size=67032 nlink=1 sha256=e5782d43d0e8fda9b5c69cfaacb7bb7d139a25e22f3c594f3e4bd04a9a67e182
/usr/share/locale/hu/LC_TIME d 0755 0:0
/usr/share/locale/hu/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ia d 0755 0:0
/usr/share/locale/ia/LC_MESSAGES d 0755 0:0
/usr/share/locale/ia/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=7077 nlink=1 sha256=8961c1737cac12522a2810d41c808385fa4b35aa669585bc11519d6451ed7f4c
/usr/share/locale/ia/LC_MESSAGES/coreutils.mo f 0644 0:0 size=6837 nlink=1 sha256=d563924557d0bbb755ee987b6b098189f1f75060b873404d6a749f1af355f45c
/usr/share/locale/ia/LC_TIME d 0755 0:0
/usr/share/locale/ia/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/id d 0755 0:0
/usr/share/locale/id/LC_MESSAGES d 0755 0:0
/usr/share/locale/id/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=4025 nlink=1 sha256=308d720031ae8c39d57ebbf660771f75e7c6c8ab9133d2e1d30666b10ebf9e8b
/usr/share/locale/id/LC_MESSAGES/bash.mo f 0644 0:0 size=98266 nlink=1 sha256=bfd13b1e48a1ec72af924d720c5b46c8424afad4ff74a6e25624a8c8b4a0a99e
/usr/share/locale/id/LC_MESSAGES/coreutils.mo f 0644 0:0 size=133988 nlink=1 sha256=1d1993057b417e0f6ab88b7c4825734efe278d72063eec60488565aa1b25be70
/usr/share/locale/id/LC_MESSAGES/diffutils.mo f 0644 0:0 size=29121 nlink=1 sha256=f080469aafb45a0ebc51fcd8d93c50222295f21e9217ac3f9e1aa088e47cc314
/usr/share/locale/id/LC_MESSAGES/dpkg.mo f 0644 0:0 size=67694 nlink=1 sha256=47157450f2947be92897fe4864cace034afea794ad2e2f672e130feeb9c22924
/usr/share/locale/id/LC_MESSAGES/findutils.mo f 0644 0:0 size=30366 nlink=1 sha256=58749376191b9203d51eba4e8b47702493529f63fc0504f8096f8ff1eaf6f3c4
/usr/share/locale/id/LC_MESSAGES/grep.mo f 0644 0:0 size=17486 nlink=1 sha256=e581a4094df230099e5b68fe1591f83c3334783ab3614c1a8d34db3283d82c00
/usr/share/locale/id/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6326 nlink=1 sha256=93cfaa6f29578b019fd21132b99d5e9ce95b54143b267acdded84483e5a9d81f
/usr/share/locale/id/LC_MESSAGES/sed.mo f 0644 0:0 size=15499 nlink=1 sha256=de9d54de298fc0d17e148aad312a58c0360ea4635c820dbd4ce672e634788fe7
/usr/share/locale/id/LC_MESSAGES/shadow.mo f 0644 0:0 size=15773 nlink=1 sha256=6489fac0ec7fb85c981017c0a626514ef44e336987d8012869100551143162be
/usr/share/locale/id/LC_MESSAGES/tar.mo f 0644 0:0 size=58343 nlink=1 sha256=34d7067a1c00a68bfe15e753a7ee49f4b0d613402ddcac2ed919747ff30d958f
/usr/share/locale/id/LC_TIME d 0755 0:0
/usr/share/locale/id/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/is d 0755 0:0
/usr/share/locale/is/LC_MESSAGES d 0755 0:0
/usr/share/locale/is/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=494 nlink=1 sha256=8a325504051e90208940840b9988ac7d519cff0f780cf90b34ad5ec23da893e7
/usr/share/locale/it d 0755 0:0
/usr/share/locale/it/LC_MESSAGES d 0755 0:0
/usr/share/locale/it/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10029 nlink=1 sha256=13339e916e96133b82c31416c8210a0ceaac861cd2c52bd50192e307594563ed
/usr/share/locale/it/LC_MESSAGES/adduser.mo f 0644 0:0 size=12005 nlink=1 sha256=014cf8fcaa18fe9ab4d7f69ee7ab77df3424e5067d54632af0646f266c4f5e39
/usr/share/locale/it/LC_MESSAGES/apt.mo f 0644 0:0 size=46968 nlink=1 sha256=0c3bc0388cea0d38db82021840e3d63a348135b412c82d92ec9d224b733e925a
/usr/share/locale/it/LC_MESSAGES/bash.mo f 0644 0:0 size=83883 nlink=1 sha256=7c5d5cf9aa21b4384d88409ab1776bf40e3a56d93591a754859f44a96ecf2b04
/usr/share/locale/it/LC_MESSAGES/coreutils.mo f 0644 0:0 size=152808 nlink=1 sha256=1d4cc66115833911ebfed424f41d353a5819ccf5ef50e445c03e9edb97c70a1e
/usr/share/locale/it/LC_MESSAGES/diffutils.mo f 0644 0:0 size=32960 nlink=1 sha256=9a27ba2cabe94fc368872ad91a56bf7ac537e3d1890ee25f01b59d746d050c85
/usr/share/locale/it/LC_MESSAGES/dpkg.mo f 0644 0:0 size=134366 nlink=1 sha256=32380c90f9ce390bc626a024727d24808180b9e326dce3e80cfd1c1d05da995d
/usr/share/locale/it/LC_MESSAGES/findutils.mo f 0644 0:0 size=28518 nlink=1 sha256=5b108fb7b4221b17568fd02d7b633d6e8b10cb2ca817e6ac90a3c046993ee146
/usr/share/locale/it/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=34940 nlink=1 sha256=29773feccfee4e3a156a0bdad708f9ea4c2c4fae2f36cf4ccfdd6807bdebbed3
/usr/share/locale/it/LC_MESSAGES/grep.mo f 0644 0:0 size=16819 nlink=1 sha256=d8e1e0f08725935335017b7607dd7ba3ed5942a37999b274e77668ec9a9313eb
/usr/share/locale/it/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=34064 nlink=1 sha256=52788ffe8159f088b35a4cdbe9c63ef4a66eda36823f3a6df5f6d99ccbe6823f
/usr/share/locale/it/LC_MESSAGES/libidn2.mo f 0644 0:0 size=937 nlink=1 sha256=e88f56bce373cea3a304ac4d0a635205a384f8dbfe3bbc18f7f6fffc0f3ac93f
/usr/share/locale/it/LC_MESSAGES/sed.mo f 0644 0:0 size=15140 nlink=1 sha256=a7311de9e749ade9d262143edf2aab793c49e871b47df0ffbae1c6d5acad0936
/usr/share/locale/it/LC_MESSAGES/shadow.mo f 0644 0:0 size=21104 nlink=1 sha256=5753bdcd1e15025ddae95c6553b6618771f22e13d75505d0f4b3288749e0313d
/usr/share/locale/it/LC_MESSAGES/tar.mo f 0644 0:0 size=63734 nlink=1 sha256=2bf63ba17e8efdc0f6138aa969b826410730d650aded2b266caacc526fb46b0d
/usr/share/locale/it/LC_TIME d 0755 0:0
/usr/share/locale/it/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ja d 0755 0:0
/usr/share/locale/ja/LC_MESSAGES d 0755 0:0
/usr/share/locale/ja/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=7744 nlink=1 sha256=2a713261bb0522b6abfe73711caacb92d8aaeb6db17f825672958e65a87f5302
/usr/share/locale/ja/LC_MESSAGES/adduser.mo f 0644 0:0 size=13848 nlink=1 sha256=50d556467ae0099460de3f3191f76190207517328e368894ac4a3c3eab2f40f0
/usr/share/locale/ja/LC_MESSAGES/apt.mo f 0644 0:0 size=50603 nlink=1 sha256=daedffa948bb720391362078dd633923cea5ab331c7da2568ea49e00fd8354eb
/usr/share/locale/ja/LC_MESSAGES/bash.mo f 0644 0:0 size=114809 nlink=1 sha256=a31267ec9057ff1ca82d06a357267ada319606b512456818d4400bf14b7a863c
/usr/share/locale/ja/LC_MESSAGES/coreutils.mo f 0644 0:0 size=380534 nlink=1 sha256=ca0789b327eaaf0c8dfd6411b696dfdb8d2edcba18dede61366766883d2db645
/usr/share/locale/ja/LC_MESSAGES/diffutils.mo f 0644 0:0 size=30247 nlink=1 sha256=6968ba4ff74a5d4906f7a8003627ab4e5d535115c8dccc04f1b047a6d063b552
/usr/share/locale/ja/LC_MESSAGES/dpkg.mo f 0644 0:0 size=138562 nlink=1 sha256=875773903390a4e98712b3e6de21669c1d4d317acabce5ff841d8e37df44032f
/usr/share/locale/ja/LC_MESSAGES/findutils.mo f 0644 0:0 size=23403 nlink=1 sha256=f1b9748c09caa9106e26ab76c3da0de144182f6491725e9c96d65a7a927fe7a9
/usr/share/locale/ja/LC_MESSAGES/grep.mo f 0644 0:0 size=11159 nlink=1 sha256=9935e3ba594791dfe37a173115fd3dab4a6142e44f8605b29a1d45fc683baffe
/usr/share/locale/ja/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=35969 nlink=1 sha256=ce32bd946890a2844001a9ad9944aafbbdae62d52572f59f589672952b77e17a
/usr/share/locale/ja/LC_MESSAGES/libidn2.mo f 0644 0:0 size=669 nlink=1 sha256=4d7617e2e39cfad70857fc5207e2e738c2bc3fd2c6379cfab9c5ddf414eb3daf
/usr/share/locale/ja/LC_MESSAGES/sed.mo f 0644 0:0 size=11207 nlink=1 sha256=6202bc4142e82c3c136c8d3adee620881b07c6ca03fde42c7e2ad142c1dba8f4
/usr/share/locale/ja/LC_MESSAGES/shadow.mo f 0644 0:0 size=71049 nlink=1 sha256=bab70ec88987b803d61564951eae28b301e18c3e4cc8e662e3749d8ed5be2403
/usr/share/locale/ja/LC_MESSAGES/tar.mo f 0644 0:0 size=59218 nlink=1 sha256=3c941234f06179f33d7fd1664c9afb2d62b8230820cdb97743ae33f4e584f98d
/usr/share/locale/ja/LC_TIME d 0755 0:0
/usr/share/locale/ja/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ka d 0755 0:0
/usr/share/locale/ka/LC_MESSAGES d 0755 0:0
/usr/share/locale/ka/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=2579 nlink=1 sha256=9c55dd5410cb1e31f3f696833acc9248e5066be5c8d06e4510cfdddfc587e63e
/usr/share/locale/ka/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=51597 nlink=1 sha256=497719777fb70210bc66d1a488f97c308f542a53efaad9b0c05af6484095f0d1
/usr/share/locale/ka/LC_MESSAGES/grep.mo f 0644 0:0 size=26623 nlink=1 sha256=56ce0c827e8ee282fb886ed324ee61f76c7f15b99160a8e0e1eae2f748da4ea0
/usr/share/locale/ka/LC_MESSAGES/libidn2.mo f 0644 0:0 size=9743 nlink=1 sha256=87704024f7f6920b10e0d112b5dcce7dedb22d5a1c48d98860587567033720c7
/usr/share/locale/ka/LC_MESSAGES/sed.mo f 0644 0:0 size=22339 nlink=1 sha256=21fd276823e98465400d9ab1edb5b842709c8da4970df4ef400d6f535dedeae1
/usr/share/locale/ka/LC_MESSAGES/shadow.mo f 0644 0:0 size=124859 nlink=1 sha256=107eb051cc845254e4d6f2dd766316b827ac06d6e3727b326e94de47f4a9024c
/usr/share/locale/kk d 0755 0:0
/usr/share/locale/kk/LC_MESSAGES d 0755 0:0
/usr/share/locale/kk/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=12453 nlink=1 sha256=4a782861b74e2aac460c1908a3347da18238de31a05e623560d292a337661111
/usr/share/locale/kk/LC_MESSAGES/coreutils.mo f 0644 0:0 size=1624 nlink=1 sha256=11a506f86e24a171254f32a6d73d520e7e57c2663d9f54113f7e2f0ba491b273
/usr/share/locale/kk/LC_MESSAGES/shadow.mo f 0644 0:0 size=82687 nlink=1 sha256=5b5242c62b2810c638b838915ebf458c208d2de9f79ebb6df162a5cd2ec074f3
/usr/share/locale/kk/LC_TIME d 0755 0:0
/usr/share/locale/kk/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/km d 0755 0:0
/usr/share/locale/km/LC_MESSAGES d 0755 0:0
/usr/share/locale/km/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=8868 nlink=1 sha256=b7cfd5222b9cc8963138506b80d51f42c376be082ced4a0e7861ee14e1112785
/usr/share/locale/km/LC_MESSAGES/apt.mo f 0644 0:0 size=36159 nlink=1 sha256=757a4f61a8b6b7ecb6c665f5c47e02adf8f1f06950c4a670ef9ef08c4e933a6a
/usr/share/locale/km/LC_MESSAGES/dpkg.mo f 0644 0:0 size=67214 nlink=1 sha256=6bd103c4259d405181083d73844caa7fc1600d0d7b581c57bb87823e3ade4c76
/usr/share/locale/km/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=21752 nlink=1 sha256=b90d76700a91c6b73ce252165dfc53144f8308cdede568a67dd33de4d3c96d95
/usr/share/locale/km/LC_MESSAGES/shadow.mo f 0644 0:0 size=28070 nlink=1 sha256=f79c9c128015b90c1ea5e4f20507714352bdd3c51b116b70f6b1c602342104d5
/usr/share/locale/kn d 0755 0:0
/usr/share/locale/kn/LC_MESSAGES d 0755 0:0
/usr/share/locale/kn/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10850 nlink=1 sha256=64e657e70336a2c8eb18006d93a23db84da3f1989e9328c0e734fc66bdbc453a
/usr/share/locale/ko d 0755 0:0
/usr/share/locale/ko/LC_MESSAGES d 0755 0:0
/usr/share/locale/ko/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10148 nlink=1 sha256=e0c2a222d5efde24e64ac2089af987e07cb4a03f1263e1ddca2b01f452dba006
/usr/share/locale/ko/LC_MESSAGES/adduser.mo f 0644 0:0 size=1572 nlink=1 sha256=b3593e26d69a3d4f980310fe1bd835009a08d41773085d59ebfc292289edf257
/usr/share/locale/ko/LC_MESSAGES/apt.mo f 0644 0:0 size=29338 nlink=1 sha256=01f8991d0b8cb1b95b7419f7ee58489aaf1fcafbdb1e220c2167986b3c9b14cc
/usr/share/locale/ko/LC_MESSAGES/bash.mo f 0644 0:0 size=185602 nlink=1 sha256=43a49fc7e56aed2158b0b2c69522a8668e6b32be92fa7b7ef2659c77182f6828
/usr/share/locale/ko/LC_MESSAGES/coreutils.mo f 0644 0:0 size=389931 nlink=1 sha256=64c1ff59eca29e1736c2b02b935bbaf255d0561c8c48530db0966fdfccc3d1a3
/usr/share/locale/ko/LC_MESSAGES/dpkg.mo f 0644 0:0 size=77308 nlink=1 sha256=3bd709cabd656bb4148067532213b95c0312f1a5459b00f4ae93031c7f1af188
/usr/share/locale/ko/LC_MESSAGES/findutils.mo f 0644 0:0 size=1916 nlink=1 sha256=56d162fa463d76226fd65763a36886982a6cfa02414353a683a607e29531841f
/usr/share/locale/ko/LC_MESSAGES/grep.mo f 0644 0:0 size=19266 nlink=1 sha256=79961772fe638c98259aedff53968b76df5256a2862728d3cee8e90f50bf9bb8
/usr/share/locale/ko/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=22883 nlink=1 sha256=8a62f863f54ee3dd4cc417f73090c7d3a54778c8b8123c43ed4d765b4affbb9c
/usr/share/locale/ko/LC_MESSAGES/sed.mo f 0644 0:0 size=16716 nlink=1 sha256=e8d075cfdb532dcb7d47fbea3728532a15962b5aea5e7a61b301567f9edc3b24
/usr/share/locale/ko/LC_MESSAGES/shadow.mo f 0644 0:0 size=31161 nlink=1 sha256=9b2377b52cc5016dc801f3525ca7496880569c83458815a6dcb7ec7eec4cca15
/usr/share/locale/ko/LC_MESSAGES/tar.mo f 0644 0:0 size=66173 nlink=1 sha256=ec5fe7f44c399c50f06859505d3ede3ff395bd8bfd4c8142c3f2a8e38c1e199c
/usr/share/locale/ko/LC_TIME d 0755 0:0
/usr/share/locale/ko/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ku d 0755 0:0
/usr/share/locale/ku/LC_MESSAGES d 0755 0:0
/usr/share/locale/ku/LC_MESSAGES/apt.mo f 0644 0:0 size=5459 nlink=1 sha256=da065550fede1f17ef121f8eff80886ad7ef1454d169e00897acd0b2b868054f
/usr/share/locale/ku/LC_MESSAGES/dpkg.mo f 0644 0:0 size=4677 nlink=1 sha256=24623d775fe75188be62c0d09f864bd4ae4a0ee8175bad6e3925edf043a1c1b0
/usr/share/locale/ku/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=3514 nlink=1 sha256=71e8ac637ed45649485588448b36af3632a520afdd5f83043b8b3e00263c993a
/usr/share/locale/kw_GB d 0755 0:0
/usr/share/locale/kw_GB/LC_MESSAGES d 0755 0:0
/usr/share/locale/kw_GB/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=448 nlink=1 sha256=331616fdcadbb12891b5339b9ae7a3da27d877ee3b0ba4e42b0bb74800141159
/usr/share/locale/ky d 0755 0:0
/usr/share/locale/ky/LC_MESSAGES d 0755 0:0
/usr/share/locale/ky/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=484 nlink=1 sha256=23ea6900ac2bf311737507518f62106aa54b60d1e8f5ab7d45d0bb4ffd7d1e46
/usr/share/locale/ky/LC_MESSAGES/grep.mo f 0644 0:0 size=1518 nlink=1 sha256=5abae431f7cffeed7837b2ebe3b94cee9e2e1cca8e53fc7d46bea2fc2a181bb3
/usr/share/locale/ky/LC_MESSAGES/tar.mo f 0644 0:0 size=55118 nlink=1 sha256=13b182f43462cfa79ec39ca7447349cce9c4b1d474a1412bd41b4f426c2d0e71
/usr/share/locale/lg d 0755 0:0
/usr/share/locale/lg/LC_MESSAGES d 0755 0:0
/usr/share/locale/lg/LC_MESSAGES/coreutils.mo f 0644 0:0 size=194320 nlink=1 sha256=0b28dd028b6686f213d725d92b372b610ce4a01c2feca909cca1f0718576be85
/usr/share/locale/lg/LC_MESSAGES/findutils.mo f 0644 0:0 size=2663 nlink=1 sha256=01e31123f786a2fd71aed9c9933a59765318acc6211fb673fd038ffec1eea7be
/usr/share/locale/lg/LC_TIME d 0755 0:0
/usr/share/locale/lg/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/lt d 0755 0:0
/usr/share/locale/lt/LC_MESSAGES d 0755 0:0
/usr/share/locale/lt/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=558 nlink=1 sha256=b48b9aa79dc3d4d135a0bba8f086504399e55be6b12ee53f04d694981752c12b
/usr/share/locale/lt/LC_MESSAGES/apt.mo f 0644 0:0 size=13799 nlink=1 sha256=177db446aa092464461c9a8e43f45567952e626d546e462679332f0c4262dadd
/usr/share/locale/lt/LC_MESSAGES/bash.mo f 0644 0:0 size=28770 nlink=1 sha256=4efc532846d2edf73498ba91fcb08cd951e9c05020c12812c55913d133ca711a
/usr/share/locale/lt/LC_MESSAGES/coreutils.mo f 0644 0:0 size=29941 nlink=1 sha256=5807f75cb66db9dc9d06924c04119aa74e385b8977b44d4f31e6eb23f83121ef
/usr/share/locale/lt/LC_MESSAGES/dpkg.mo f 0644 0:0 size=32855 nlink=1 sha256=ece7cbfc1a86c793dec4aef791cf9f84efa77bc7a01f868d8e84b8a860a27428
/usr/share/locale/lt/LC_MESSAGES/findutils.mo f 0644 0:0 size=4320 nlink=1 sha256=250a65d98e7305fb40881f3106610f58c576ad241e25103e96a28e218dfb5cbb
/usr/share/locale/lt/LC_MESSAGES/grep.mo f 0644 0:0 size=1384 nlink=1 sha256=3585cdcfc28b90e4c281db42dc2d68be2b82edb748743df610819966e4af9190
/usr/share/locale/lt/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=5794 nlink=1 sha256=687ebd17cecfcf7ad147b2bb58ef5cd2332a77dd211ccf8bf99b30b3353f26a5
/usr/share/locale/lt/LC_TIME d 0755 0:0
/usr/share/locale/lt/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/lv d 0755 0:0
/usr/share/locale/lv/LC_MESSAGES d 0755 0:0
/usr/share/locale/lv/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=527 nlink=1 sha256=c0e6ed1f58b3a1821b70cecf1d7191a1c93a2a51da2a44e7e0b9395878bfc549
/usr/share/locale/lv/LC_MESSAGES/diffutils.mo f 0644 0:0 size=31067 nlink=1 sha256=b04ff412de29f470dd74238dedb8d48a5ed22c44a5f74a8dd2e3ae0c49dca756
/usr/share/locale/mk d 0755 0:0
/usr/share/locale/mk/LC_MESSAGES d 0755 0:0
/usr/share/locale/mk/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=525 nlink=1 sha256=1d178ddbe462efb7353b1fce4d7fb01a890e75e90d51ef2e7ed08f39a41a53f4
/usr/share/locale/ml d 0755 0:0
/usr/share/locale/ml/LC_MESSAGES d 0755 0:0
/usr/share/locale/ml/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=12685 nlink=1 sha256=587c9d18e3debadcf83b5004a68dfa01a47238d84b0cac19b16ea0dca2656376
/usr/share/locale/mn d 0755 0:0
/usr/share/locale/mn/LC_MESSAGES d 0755 0:0
/usr/share/locale/mn/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=494 nlink=1 sha256=ec9aaece815a7a68be2f18ab3140d42d526d46bcd7b4005827f6b967079f5614
/usr/share/locale/mr d 0755 0:0
/usr/share/locale/mr/LC_MESSAGES d 0755 0:0
/usr/share/locale/mr/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10413 nlink=1 sha256=ea4a250ae8654bcd388ce0731c0803c0401d7e564aa735cb8288597a30748877
/usr/share/locale/mr/LC_MESSAGES/apt.mo f 0644 0:0 size=35332 nlink=1 sha256=a3f5fd299c08bdd3ae821930126cc043d0384d2af1440dba26827342a1d7f89b
/usr/share/locale/mr/LC_MESSAGES/dpkg.mo f 0644 0:0 size=59080 nlink=1 sha256=4fcac957b9cce46107e601b94ddfb94916c867d9d824696ff1d66db44ef2c34f
/usr/share/locale/mr/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=22568 nlink=1 sha256=e4976fe68cceb47fc0ad3c3dc495bfe2da4b57b92652c99b509857e9c261d7d7
/usr/share/locale/ms d 0755 0:0
/usr/share/locale/ms/LC_MESSAGES d 0755 0:0
/usr/share/locale/ms/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=532 nlink=1 sha256=a07b740edde20c03914be87de1f9e4a1be8227e8504a59f9c4f90dda1f0a8d90
/usr/share/locale/ms/LC_MESSAGES/coreutils.mo f 0644 0:0 size=21574 nlink=1 sha256=ed668eb1eb645669fcc9c852cd33f323ea7190c7cb49f3754c48098129064c64
/usr/share/locale/ms/LC_MESSAGES/diffutils.mo f 0644 0:0 size=27300 nlink=1 sha256=7cade6f44f15e03e43a4c2dbde584ec2989c3ba883bae08ed74eee98b5916781
/usr/share/locale/ms/LC_MESSAGES/findutils.mo f 0644 0:0 size=1514 nlink=1 sha256=2894fcd0506f9b302f33626f1996f10911ea78add89fc828d9b68a619879d092
/usr/share/locale/ms/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=27811 nlink=1 sha256=7a86fc635e52a8dbeed6da4ac9058c5aa7b1727c0d6f186bd0b735e422f69d72
/usr/share/locale/ms/LC_MESSAGES/tar.mo f 0644 0:0 size=9658 nlink=1 sha256=cabb30a123f79d5b2e9e5a9a67b4cc90aca6946224a54d233f289cc256604cb3
/usr/share/locale/ms/LC_TIME d 0755 0:0
/usr/share/locale/ms/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/my d 0755 0:0
/usr/share/locale/my/LC_MESSAGES d 0755 0:0
/usr/share/locale/my/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=485 nlink=1 sha256=3d7f9a1ec054e749bc91b16745d00f5f8472b32e21c821397cb92c1de7339d7a
/usr/share/locale/nb d 0755 0:0
/usr/share/locale/nb/LC_MESSAGES d 0755 0:0
/usr/share/locale/nb/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9536 nlink=1 sha256=c67d9fcc6e85f17b727daa602c3f31b85f3149080efca851c9af1713d438d7fa
/usr/share/locale/nb/LC_MESSAGES/adduser.mo f 0644 0:0 size=11890 nlink=1 sha256=2f18eda49bd3d688ef942b1518b26d704f84d0e4330c805767ce121aecbc218d
/usr/share/locale/nb/LC_MESSAGES/apt.mo f 0644 0:0 size=32542 nlink=1 sha256=23db0197b1544d1f0235b15c4f9a2b7217a11e774783a1c68e5dedc51abdd909
/usr/share/locale/nb/LC_MESSAGES/bash.mo f 0644 0:0 size=172246 nlink=1 sha256=08b3214f1f5b39fc690cb1bc709e3115b4ba5a7c69e3f0ce0fb03e29cb2096b6
/usr/share/locale/nb/LC_MESSAGES/coreutils.mo f 0644 0:0 size=310018 nlink=1 sha256=2e7f812022a9a3878aa64d9b635b085bfe648d935a419e1cd3a9c52c067ecde1
/usr/share/locale/nb/LC_MESSAGES/diffutils.mo f 0644 0:0 size=34399 nlink=1 sha256=ce5f135878d5ef10709c3d848ec9282b4553cd6e14a17500d724bebc928b5e48
/usr/share/locale/nb/LC_MESSAGES/dpkg.mo f 0644 0:0 size=67932 nlink=1 sha256=b79f38938eeea27e26251a2f4148ad096f5086f9c9d29578d02a43cc94929ddb
/usr/share/locale/nb/LC_MESSAGES/findutils.mo f 0644 0:0 size=29920 nlink=1 sha256=0cba07e42028e728ff310ddcdcbc5e21ba25e83064941d9f0b4caa7b9836809f
/usr/share/locale/nb/LC_MESSAGES/grep.mo f 0644 0:0 size=17573 nlink=1 sha256=466b07f6caadadf8b8eda9a387c9efc5f8981aacb085e405f6c3a0b37ac31d58
/usr/share/locale/nb/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=23152 nlink=1 sha256=a9d7d4e579aee358cab7c88a5fb8208b19e0d9f6e78b86fe4cf74dd24b74708e
/usr/share/locale/nb/LC_MESSAGES/sed.mo f 0644 0:0 size=14532 nlink=1 sha256=7468908f75e3ff4f05dde45f973475eb465c36205e47e3fdb24efc34826ec0e6
/usr/share/locale/nb/LC_MESSAGES/shadow.mo f 0644 0:0 size=65335 nlink=1 sha256=c6da9da276654a651be9d6a5315d0006455eab1e763c3c084992e7730ee89670
/usr/share/locale/nb/LC_MESSAGES/tar.mo f 0644 0:0 size=60880 nlink=1 sha256=6be9c68a66f6e1d716b5304d31ef4026219b049fcb20ae4063721e9625a1ee65
/usr/share/locale/nb/LC_TIME d 0755 0:0
/usr/share/locale/nb/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ne d 0755 0:0
/usr/share/locale/ne/LC_MESSAGES d 0755 0:0
/usr/share/locale/ne/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=491 nlink=1 sha256=d8d3e51456cb32d245eacb414e15d264bbb2e55b85eed71284f6ade48eddaa84
/usr/share/locale/ne/LC_MESSAGES/apt.mo f 0644 0:0 size=31119 nlink=1 sha256=3346e115ba6b36b6cbea9127bc302440e0dd04655053269136231b486cef0663
/usr/share/locale/ne/LC_MESSAGES/dpkg.mo f 0644 0:0 size=61694 nlink=1 sha256=ba731e55fda752b2969425cc8454abc12c1d57703b635174f6658bbf2173b679
/usr/share/locale/ne/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=19607 nlink=1 sha256=42b39d7959422757fa2e8a0f52cb10e59e7472db3dfab6541969244dd4bc8a7a
/usr/share/locale/ne/LC_MESSAGES/shadow.mo f 0644 0:0 size=27914 nlink=1 sha256=a3f72f79df9697e55a6ef4efbe415bf55f3e9641a53081ae659d73175ee787d3
/usr/share/locale/nl d 0755 0:0
/usr/share/locale/nl/LC_MESSAGES d 0755 0:0
/usr/share/locale/nl/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10020 nlink=1 sha256=c0c22ba15943aafd0b7bee3d50cd2569d804d65ee50351f622e6650d7276a9a2
/usr/share/locale/nl/LC_MESSAGES/adduser.mo f 0644 0:0 size=21682 nlink=1 sha256=aef9ea2351a1c9e37409887afe96e574bb1e17d0810209fb6617e5e3d8124645
/usr/share/locale/nl/LC_MESSAGES/apt.mo f 0644 0:0 size=48333 nlink=1 sha256=42a5f189eaa297ab40a2b753c40a609e0c0aee35f1685a98aef04d06be1a360f
/usr/share/locale/nl/LC_MESSAGES/bash.mo f 0644 0:0 size=181276 nlink=1 sha256=275c5e1ee56af1a5268f9b86514d9225f4afb47d5d1508bc53283365c72a5e1f
/usr/share/locale/nl/LC_MESSAGES/coreutils.mo f 0644 0:0 size=338236 nlink=1 sha256=e82f0e24cb43e8f13d76a4b30644fb9b056379cb730c2977edddea76213f1bce
/usr/share/locale/nl/LC_MESSAGES/diffutils.mo f 0644 0:0 size=36324 nlink=1 sha256=75553068cfe1f68791b9e3e0747a2d6fb039cc5d2ce9eaa15c37936633122e99
/usr/share/locale/nl/LC_MESSAGES/dpkg.mo f 0644 0:0 size=173409 nlink=1 sha256=bb86dc9d4fbdaeb0cba5aa677f4aab7aa9f7abd105d47ace7adc27ea9a3afe79
/usr/share/locale/nl/LC_MESSAGES/findutils.mo f 0644 0:0 size=30287 nlink=1 sha256=89641681d3e85e4694498d5108fecacdb867dda52a47ba15760793a5ed2307e9
/usr/share/locale/nl/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=24388 nlink=1 sha256=dee62b664e287a1424d2dc1a68962c8b9bd7c21eccb5b298cee4fb084f01f776
/usr/share/locale/nl/LC_MESSAGES/grep.mo f 0644 0:0 size=18526 nlink=1 sha256=c6743f87bd96b6f0ac6c9176bd92d80fca34ffeb0617d05737390e46ec386f53
/usr/share/locale/nl/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=35552 nlink=1 sha256=96ede4ee019ba426533527e3fbecba0a440dad3b0c667068dcd7b983f06f9bf1
/usr/share/locale/nl/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6482 nlink=1 sha256=1803d75a8d49632bda43be5d7b18cdf781ee9ec85d794e027a4f25e20f6d35c6
/usr/share/locale/nl/LC_MESSAGES/sed.mo f 0644 0:0 size=15769 nlink=1 sha256=9ba9c73333727e831c2f8d36d9d2c47853902a82d91682d8cfcc0a097f8cf56b
/usr/share/locale/nl/LC_MESSAGES/shadow.mo f 0644 0:0 size=84933 nlink=1 sha256=8ed72e44c6f3f210793331c2e07cb4896fada72ffa94de97747130896bdb534f
/usr/share/locale/nl/LC_MESSAGES/tar.mo f 0644 0:0 size=63760 nlink=1 sha256=3a833651df474f8fe58c382cac45ea5a91a1c4d9ce8e468b632e0ea96bdffc58
/usr/share/locale/nl/LC_TIME d 0755 0:0
/usr/share/locale/nl/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/nn d 0755 0:0
/usr/share/locale/nn/LC_MESSAGES d 0755 0:0
/usr/share/locale/nn/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9531 nlink=1 sha256=9b87b2fd0fc1a75c8ce39210682ae88e35c8c305337d54dc548dba604da28f3c
/usr/share/locale/nn/LC_MESSAGES/apt.mo f 0644 0:0 size=18603 nlink=1 sha256=8b944be738efb60c623f8b649ffaf4670f4b330cfbe6366b82ac916e426273d2
/usr/share/locale/nn/LC_MESSAGES/dpkg.mo f 0644 0:0 size=33397 nlink=1 sha256=b91bdaa27807bd62e2e2e2d8f5b3ca86f56d5067a9c38e46315bc1e194fe907a
/usr/share/locale/nn/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=11414 nlink=1 sha256=3a3bc3cab79a303ddde42f92526261dba73753d8982a92aa903cf47b9c0236aa
/usr/share/locale/nn/LC_MESSAGES/shadow.mo f 0644 0:0 size=12505 nlink=1 sha256=8c81cc420866ff70f0f7e8d9fb1f76cfc0e616a33ccd1baee65b6a99a29d07ec
/usr/share/locale/oc d 0755 0:0
/usr/share/locale/oc/LC_MESSAGES d 0755 0:0
/usr/share/locale/oc/LC_MESSAGES/dpkg.mo f 0644 0:0 size=66884 nlink=1 sha256=ac655f2bd6e7826d41ddfe6de8be039e150a337bdcb8d7c862ee2feceb3cbee8
/usr/share/locale/or d 0755 0:0
/usr/share/locale/or/LC_MESSAGES d 0755 0:0
/usr/share/locale/or/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=15523 nlink=1 sha256=7fdd39f6e803dcbb590d3a0a13007c7db85e051115e92a9fa51cd5b7a3256611
/usr/share/locale/pa d 0755 0:0
/usr/share/locale/pa/LC_MESSAGES d 0755 0:0
/usr/share/locale/pa/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=14212 nlink=1 sha256=77bf857bebe5a2c4a3a4fd68d0ad7d51fc07f13509336a7cfb0234cf3024f62a
/usr/share/locale/pa/LC_MESSAGES/dpkg.mo f 0644 0:0 size=7735 nlink=1 sha256=d3c105fd1628cb04b313bffd557b0255fc13bb0c4321ee59fd53e527eb6b26eb
/usr/share/locale/pa/LC_MESSAGES/grep.mo f 0644 0:0 size=5084 nlink=1 sha256=ca8f364ea56123d866a726f87414b44a5cb6890b5850404abc67959c0e4cda6c
/usr/share/locale/pl d 0755 0:0
/usr/share/locale/pl/LC_MESSAGES d 0755 0:0
/usr/share/locale/pl/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10235 nlink=1 sha256=eb6fe2355b3424a52260a314f9c872a539319692404c9ef6639f5cd1de97a3e8
/usr/share/locale/pl/LC_MESSAGES/adduser.mo f 0644 0:0 size=11990 nlink=1 sha256=db97853ca029edac9f17593bb5f3172bc9af35d009bb7afbf0f2685536c050d4
/usr/share/locale/pl/LC_MESSAGES/apt.mo f 0644 0:0 size=31322 nlink=1 sha256=6202edb5cbda4e7811717c39f5271b0506377aea77e8bd58415f7996600d0e9a
/usr/share/locale/pl/LC_MESSAGES/bash.mo f 0644 0:0 size=184164 nlink=1 sha256=126511d2dd25d7a4ec932e775a80906180721cff46baf9281220a7ba750ecdc2
/usr/share/locale/pl/LC_MESSAGES/coreutils.mo f 0644 0:0 size=352430 nlink=1 sha256=73a48b8d0f423b9982d5e08bccb4d3bba8f781ab5b20f8067b384e190c809d57
/usr/share/locale/pl/LC_MESSAGES/diffutils.mo f 0644 0:0 size=35454 nlink=1 sha256=e5f94946368dc4eac1ec82ef47f3167450ee9863a6f7d55879b7415c398281fc
/usr/share/locale/pl/LC_MESSAGES/dpkg.mo f 0644 0:0 size=151138 nlink=1 sha256=0c3a17dc594f45e1ca756a8d76aa530b8c86c9fa7ac4aa19f80f2bf7b5a0894b
/usr/share/locale/pl/LC_MESSAGES/findutils.mo f 0644 0:0 size=30798 nlink=1 sha256=b318614bd411ae1ef4d78d2fe0176d0f05fa4e913d439ddc92e25b7836c4724f
/usr/share/locale/pl/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=34025 nlink=1 sha256=a33a828ccdd60d01abe07e4c4004e4ba8a4924c23cd1fe68a55f050ea6c69dfc
/usr/share/locale/pl/LC_MESSAGES/grep.mo f 0644 0:0 size=18444 nlink=1 sha256=2ba7d312057b50d1e91c5e1c4a1e8ceef5c0a573ba16fb4d578ad934c99902b0
/usr/share/locale/pl/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=24244 nlink=1 sha256=70cb2bddded9a5badbbda1a052a5ee5352cfcded1ab643ac363e7777e1f71b43
/usr/share/locale/pl/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6574 nlink=1 sha256=a7067a028a405658049ce0c6dbfa31c8bcb3a9b02d8db90621fb3811164cba16
/usr/share/locale/pl/LC_MESSAGES/sed.mo f 0644 0:0 size=16280 nlink=1 sha256=fb4b3e24bf414263b153564cba324723997335102028424f087a7a8b5c26a829
/usr/share/locale/pl/LC_MESSAGES/shadow.mo f 0644 0:0 size=18986 nlink=1 sha256=3db3c2a8789c87d5970c8527d8c771b0d1632aac0897f12776e346e537912e5c
/usr/share/locale/pl/LC_MESSAGES/tar.mo f 0644 0:0 size=65132 nlink=1 sha256=90ed9c54cb9602c09136592b8dcec5f4c8e6fa0d34c6271d1f5bfe53e37de35b
/usr/share/locale/pl/LC_TIME d 0755 0:0
/usr/share/locale/pl/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/pt d 0755 0:0
/usr/share/locale/pt/LC_MESSAGES d 0755 0:0
/usr/share/locale/pt/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10388 nlink=1 sha256=abcb74ddb790f8b5910da4a65122e2c52928b9df2c8ae8c246422d6d1893fd97
/usr/share/locale/pt/LC_MESSAGES/adduser.mo f 0644 0:0 size=21883 nlink=1 sha256=f2eee36bb98a764391a4c00ae6e433bffd62bf561e7edb918ad7cb6063d8e925
/usr/share/locale/pt/LC_MESSAGES/apt.mo f 0644 0:0 size=30201 nlink=1 sha256=a0994037484b589aef62446128b5506bf6e0f6b093915564a7552b828955b708
/usr/share/locale/pt/LC_MESSAGES/bash.mo f 0644 0:0 size=170400 nlink=1 sha256=05ec2ed9adf1f5960c6fa9be024871e06aeebbfa82f289601a5e872529de8cf2
/usr/share/locale/pt/LC_MESSAGES/coreutils.mo f 0644 0:0 size=335982 nlink=1 sha256=75c87404219da4983be4a18505f9004e06ea3609c652a1cda4d9f610f8761b47
/usr/share/locale/pt/LC_MESSAGES/diffutils.mo f 0644 0:0 size=34636 nlink=1 sha256=fc5aa7893f1389b85da3aa83fbd592d49397e2e68828981d38bf14a7579da420
/usr/share/locale/pt/LC_MESSAGES/dpkg.mo f 0644 0:0 size=172654 nlink=1 sha256=bcbd3f6e2ce42739d7bae9b279abb15a31a948e12d3cb675c9e3ea518fa25afe
/usr/share/locale/pt/LC_MESSAGES/findutils.mo f 0644 0:0 size=30159 nlink=1 sha256=64e503a83ba611a2bcfcf9d8e68a26f3722feecb06363805d80222eb489d1938
/usr/share/locale/pt/LC_MESSAGES/grep.mo f 0644 0:0 size=16356 nlink=1 sha256=d06ba3120027f0437750da0887e24f29eb99af3ab14bdd81758e7dda71115fed
/usr/share/locale/pt/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=23998 nlink=1 sha256=331ffcf233e9de78c6632f2ae44d0441f2c4e054ef2c7ab0bdbce6cfcd035017
/usr/share/locale/pt/LC_MESSAGES/sed.mo f 0644 0:0 size=14760 nlink=1 sha256=ecc9ee41e5c86190ddecd3c0f91a9b601270f91c41326670ccbf1831b6cfd541
/usr/share/locale/pt/LC_MESSAGES/shadow.mo f 0644 0:0 size=65517 nlink=1 sha256=937041db8cd934520d89f50fee4dd53a91ca937c7275ff6eefe45f7d27d361b0
/usr/share/locale/pt/LC_MESSAGES/tar.mo f 0644 0:0 size=62527 nlink=1 sha256=243caab1cdc36cd0d214ca3df70db543b57d395a706d32fec058b28c3a18e41e
/usr/share/locale/pt/LC_TIME d 0755 0:0
/usr/share/locale/pt/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/pt_BR d 0755 0:0
/usr/share/locale/pt_BR/LC_MESSAGES d 0755 0:0
/usr/share/locale/pt_BR/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9795 nlink=1 sha256=534fe931d8491cd022246c52cfc9779ad76faf9ea907604a5ee92c27fd462227
/usr/share/locale/pt_BR/LC_MESSAGES/adduser.mo f 0644 0:0 size=11797 nlink=1 sha256=a6f4fc25fb1fab21b96de694ed0ca1eadb3b9f7a9a042fc07eb0283133999e67
/usr/share/locale/pt_BR/LC_MESSAGES/apt.mo f 0644 0:0 size=22982 nlink=1 sha256=f6faa462c95acb17dd839d76066477f5e8bee7706506058321cea3f4fa4e5115
/usr/share/locale/pt_BR/LC_MESSAGES/bash.mo f 0644 0:0 size=173420 nlink=1 sha256=aa30b0dd482b020426c653e624498dd8534626fd5b2cfc77afc268ecc861cf71
/usr/share/locale/pt_BR/LC_MESSAGES/coreutils.mo f 0644 0:0 size=323797 nlink=1 sha256=556a346224036857311a33595545c0ff66c371ab83b46434643a145af0bc840e
/usr/share/locale/pt_BR/LC_MESSAGES/diffutils.mo f 0644 0:0 size=36824 nlink=1 sha256=3c6537783b33922cc4aa85482321ad095b29cbd0ec7f3ba3063ab10510981bab
/usr/share/locale/pt_BR/LC_MESSAGES/dpkg.mo f 0644 0:0 size=51155 nlink=1 sha256=38c988867679a72af5fbfd2fcf10d8b3fb74193c3974e33cbe8b66963d9a4e96
/usr/share/locale/pt_BR/LC_MESSAGES/findutils.mo f 0644 0:0 size=31021 nlink=1 sha256=6ba16278ab8fa3dc41c6dc6b7bcf3053c53c3568689ab26c008092f929813aac
/usr/share/locale/pt_BR/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=34575 nlink=1 sha256=a5caaa4e080d6917e1c7e3efa63d73289af6eb49dbfcc4a91742a787ca9aa4fc
/usr/share/locale/pt_BR/LC_MESSAGES/grep.mo f 0644 0:0 size=16200 nlink=1 sha256=910626f81150a05302ffa8bf69be30be94559324761192826e9e0d6af46b6821
/usr/share/locale/pt_BR/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=14359 nlink=1 sha256=e6c35af2063b07aad722a90e7dc6c06b075701df1f5269403b62634a8e62f9a6
/usr/share/locale/pt_BR/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6579 nlink=1 sha256=8820e2b75d0babb5a9c5d2cd318327c60b94eeaccebcedd40d5380f30b905f8b
/usr/share/locale/pt_BR/LC_MESSAGES/sed.mo f 0644 0:0 size=15397 nlink=1 sha256=0889415ac4320b8b29d857dc312fdd461a70d86cef0718033e928b9e2235f9dd
/usr/share/locale/pt_BR/LC_MESSAGES/shadow.mo f 0644 0:0 size=56515 nlink=1 sha256=baf24e6748fae1c23d501c1f0c73b4168486090bb18477823f1ad7fd9c34cd8f
/usr/share/locale/pt_BR/LC_MESSAGES/tar.mo f 0644 0:0 size=63982 nlink=1 sha256=4718b55f5d265262130279827a343f5d0c71df5f8552765f42db93df18f9645a
/usr/share/locale/pt_BR/LC_TIME d 0755 0:0
/usr/share/locale/pt_BR/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ro d 0755 0:0
/usr/share/locale/ro/LC_MESSAGES d 0755 0:0
/usr/share/locale/ro/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10103 nlink=1 sha256=80658a7d37c5555b4cff56f71749aed8560eff77718722d3c39c57dd4359248b
/usr/share/locale/ro/LC_MESSAGES/apt.mo f 0644 0:0 size=23219 nlink=1 sha256=273b8304cb26336a2a33374566837c5a87683ec7c7538c7a12968b2bfa29c069
/usr/share/locale/ro/LC_MESSAGES/bash.mo f 0644 0:0 size=190030 nlink=1 sha256=0990e15dbc77ecd3581ee708e8cfc1f799c634d9ae80a882e5a435b28ed2e000
/usr/share/locale/ro/LC_MESSAGES/coreutils.mo f 0644 0:0 size=46260 nlink=1 sha256=54836b5b52b1e556418272a31f172fd8e4f6b008c2f6864867e8f30f85c2463e
/usr/share/locale/ro/LC_MESSAGES/diffutils.mo f 0644 0:0 size=6490 nlink=1 sha256=423b88d2dffa0f798e36814f4ac5c3595be02cf7b08e7c772e4087141605e9c8
/usr/share/locale/ro/LC_MESSAGES/dpkg.mo f 0644 0:0 size=123270 nlink=1 sha256=57544e3fb828d507615d87a827330395e06938d4a367099c3d31f7dab5d5b169
/usr/share/locale/ro/LC_MESSAGES/findutils.mo f 0644 0:0 size=4683 nlink=1 sha256=1407d8b3a09fc69b38672f5fdc3538dfd0c5fca5c4121e059bcf317079ab9685
/usr/share/locale/ro/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=34968 nlink=1 sha256=b8d60cea3c150c3cee63bb04df0a50d0e6609dbde06d4ac2f93994c99b63036c
/usr/share/locale/ro/LC_MESSAGES/grep.mo f 0644 0:0 size=18539 nlink=1 sha256=494079c156ca15353119795728b2f5af580c95559c5952faf2c38fbf6231c54f
/usr/share/locale/ro/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=14448 nlink=1 sha256=bf4520299321c571b7c9243f497350c1c0b859eb8d7d9186f1a2ee7346038bb7
/usr/share/locale/ro/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6710 nlink=1 sha256=683c02bf4ded7ad39605263429e60dffb044c31b759c2331a15f601273af645f
/usr/share/locale/ro/LC_MESSAGES/sed.mo f 0644 0:0 size=16752 nlink=1 sha256=cac641318f56d80218057a729d3d0b7cae4a4956dff7706694e4cbd15b9b7f0d
/usr/share/locale/ro/LC_MESSAGES/shadow.mo f 0644 0:0 size=18755 nlink=1 sha256=7cfdbc828fe322e38b1df2c1805e1ba703cf66e695b06c8998123937a826c1a8
/usr/share/locale/ro/LC_MESSAGES/tar.mo f 0644 0:0 size=65028 nlink=1 sha256=b14b77e9e75a70358d01c188ff2a1d794f58e11c9b0280aec4f0182504de137b
/usr/share/locale/ro/LC_TIME d 0755 0:0
/usr/share/locale/ro/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ru d 0755 0:0
/usr/share/locale/ru/LC_MESSAGES d 0755 0:0
/usr/share/locale/ru/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=13398 nlink=1 sha256=7970a933fdd970135b715925de1d5279f5b00a0df8eb5a90328130634a2a934b
/usr/share/locale/ru/LC_MESSAGES/adduser.mo f 0644 0:0 size=15208 nlink=1 sha256=364a901596819c7475c90df2e11d18578f6b7c2c8393c8055ed4d4dd59f4faf7
/usr/share/locale/ru/LC_MESSAGES/apt.mo f 0644 0:0 size=62409 nlink=1 sha256=6a50b1607c225af2d95d5c8bbd6489361bcd56f2889f63542f011d4f9485f6e9
/usr/share/locale/ru/LC_MESSAGES/bash.mo f 0644 0:0 size=128229 nlink=1 sha256=771054a542bd87f512d92b207b65e1de353021d97f06874d6e788510f128ec6a
/usr/share/locale/ru/LC_MESSAGES/coreutils.mo f 0644 0:0 size=452469 nlink=1 sha256=b980b67eeeda2adc74cae3c5fce3c2bfe27c4196100b5a7c90b86d74ff63db9e
/usr/share/locale/ru/LC_MESSAGES/diffutils.mo f 0644 0:0 size=43910 nlink=1 sha256=c24f291ccea3205adbed7fe78dccdad9288f000124434c72fd94a095e5118703
/usr/share/locale/ru/LC_MESSAGES/dpkg.mo f 0644 0:0 size=225649 nlink=1 sha256=00f4c82758e1b63eba2b3c0524e600429f1ad166ae067198e3c17b14dd317730
/usr/share/locale/ru/LC_MESSAGES/findutils.mo f 0644 0:0 size=39575 nlink=1 sha256=11844f12468e5ce9b8b5c7b5ef073826b3fb46cdbdf8b69bfea7ccc5947fd357
/usr/share/locale/ru/LC_MESSAGES/grep.mo f 0644 0:0 size=23197 nlink=1 sha256=017220c1b73fe185127d8e654accc64344ac929062d8316bdcea7530d54e1f28
/usr/share/locale/ru/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=46205 nlink=1 sha256=656665aed57780c52abdd3c2630585209c433f4ecf56ec38e2d72581a41ce4e3
/usr/share/locale/ru/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6292 nlink=1 sha256=8f674dcf0715a51ec2186643925635a44a9ea8dd3fa5e170c839d5d132d18f83
/usr/share/locale/ru/LC_MESSAGES/sed.mo f 0644 0:0 size=19474 nlink=1 sha256=96c2be68124049c09dc34d103e49334336aa274b47217773e7877506b8be2653
/usr/share/locale/ru/LC_MESSAGES/shadow.mo f 0644 0:0 size=89001 nlink=1 sha256=28a799dd67caa098eb5dc6cfde42c958f34ffc8ee4c8cfc67edafeafc53c2e80
/usr/share/locale/ru/LC_MESSAGES/tar.mo f 0644 0:0 size=83444 nlink=1 sha256=cecb0c585417721d68749a892c9cd1f8e91404163321d3636664dc25acac0645
/usr/share/locale/ru/LC_TIME d 0755 0:0
/usr/share/locale/ru/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/si d 0755 0:0
/usr/share/locale/si/LC_MESSAGES d 0755 0:0
/usr/share/locale/si/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=8618 nlink=1 sha256=6bebd9810dbfc452d884ef8677086041d3857376752e8c0a669593431c8e4949
/usr/share/locale/sk d 0755 0:0
/usr/share/locale/sk/LC_MESSAGES d 0755 0:0
/usr/share/locale/sk/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9917 nlink=1 sha256=893391058db75047872d21115020e4f433eb1cb4375b2403cd49de445034c687
/usr/share/locale/sk/LC_MESSAGES/adduser.mo f 0644 0:0 size=12099 nlink=1 sha256=b5d1f39befb9a6ed1679dc197e01bb7aea7bd79914eb1019370d93bcf50ed4d2
/usr/share/locale/sk/LC_MESSAGES/apt.mo f 0644 0:0 size=29665 nlink=1 sha256=0f442b2c366d28dcb392a0f222ca6330ab2e89838eb9394d6a29109987d8b4ff
/usr/share/locale/sk/LC_MESSAGES/bash.mo f 0644 0:0 size=83429 nlink=1 sha256=9693acc0a58b619125a990eaca7415721fa60ccedd0306c7907db019cba7c0da
/usr/share/locale/sk/LC_MESSAGES/coreutils.mo f 0644 0:0 size=67690 nlink=1 sha256=caf63b33f7e797c24fca2ee4a399ccfbdf654c3ae58bc8467d96ff91c98d468c
/usr/share/locale/sk/LC_MESSAGES/dpkg.mo f 0644 0:0 size=111498 nlink=1 sha256=81d80d4448c357b062ee53d8a00ed5e64048a56e1d1d22e4780e96bb2436e3ac
/usr/share/locale/sk/LC_MESSAGES/findutils.mo f 0644 0:0 size=19288 nlink=1 sha256=e306e07114bc1b5aa0a56aab7d54e4c3a63579c01538a54d6c39acbe2fe1518f
/usr/share/locale/sk/LC_MESSAGES/grep.mo f 0644 0:0 size=17986 nlink=1 sha256=637562062b0a95b315abbe3762ef8010be6310ac80b7bdeacddf15a604896a65
/usr/share/locale/sk/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=23612 nlink=1 sha256=0a39188cb25c0a48d1fa7b07d5d08e659baf071320f78e313fc9a667499ac9f5
/usr/share/locale/sk/LC_MESSAGES/sed.mo f 0644 0:0 size=16064 nlink=1 sha256=79f00e70da3c7c302f4033a21947a5a47b268f29a6225fa49e2c884f265b2248
/usr/share/locale/sk/LC_MESSAGES/shadow.mo f 0644 0:0 size=43041 nlink=1 sha256=134f7c6152d4e31251bc57ea0e558355728743b94fc1ab4a1806dd4777573e6b
/usr/share/locale/sk/LC_MESSAGES/tar.mo f 0644 0:0 size=10303 nlink=1 sha256=aecbf49796fb56a9e30de924f795345b36fc9e214ddac6d1cd8deafe08b515b8
/usr/share/locale/sk/LC_TIME d 0755 0:0
/usr/share/locale/sk/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/sl d 0755 0:0
/usr/share/locale/sl/LC_MESSAGES d 0755 0:0
/usr/share/locale/sl/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=546 nlink=1 sha256=582a82dd6bf86c143189ad239877377969684f1f6b34207ffb5ec4f002ffef3c
/usr/share/locale/sl/LC_MESSAGES/apt.mo f 0644 0:0 size=29556 nlink=1 sha256=9c20717c6190e02dfcbe42166375d42f2b25fc7aa40c53611d22c034881903ba
/usr/share/locale/sl/LC_MESSAGES/bash.mo f 0644 0:0 size=80665 nlink=1 sha256=b84455cecc2066ac92bb14f3ee34ad44634e7bec8d1427231f00bd1752182978
/usr/share/locale/sl/LC_MESSAGES/coreutils.mo f 0644 0:0 size=274143 nlink=1 sha256=2b27a929075b9201ca2a0e3f1cfe0387db495e39d952d667e7c3c5c9be1e931e
/usr/share/locale/sl/LC_MESSAGES/findutils.mo f 0644 0:0 size=29994 nlink=1 sha256=466b34977d9e589bc8cb93708c42382fd6527a5f2c85381b1ac7af046184421b
/usr/share/locale/sl/LC_MESSAGES/grep.mo f 0644 0:0 size=9965 nlink=1 sha256=74c46fbc5293dee0fee5df221864955cdd70dfce81d76e3d8f052491d431ca3a
/usr/share/locale/sl/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=23264 nlink=1 sha256=f2034363f15aaf87fa55077dbeea30b1356ae6a545097fff0a60034685576af8
/usr/share/locale/sl/LC_MESSAGES/sed.mo f 0644 0:0 size=8282 nlink=1 sha256=fe5400ede4e0e80902581f1e052fe680c53ca47ca12f2d030f8db33628b7757e
/usr/share/locale/sl/LC_MESSAGES/tar.mo f 0644 0:0 size=59520 nlink=1 sha256=0bb4b7bdddc25bfaa4edead5b776ff7ca310818d008baaea1a3676490d9edfff
/usr/share/locale/sl/LC_TIME d 0755 0:0
/usr/share/locale/sl/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/sq d 0755 0:0
/usr/share/locale/sq/LC_MESSAGES d 0755 0:0
/usr/share/locale/sq/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=493 nlink=1 sha256=4ecb1ae7315aae788ee0ee1a403a04510f12777d5bf0b29b370ff7c7176e8595
/usr/share/locale/sq/LC_MESSAGES/shadow.mo f 0644 0:0 size=1027 nlink=1 sha256=d202a1c5b950130cbacc993287946462be0c66e5a99dd2fd67bcca5fde1fc0b2
/usr/share/locale/sr d 0755 0:0
/usr/share/locale/sr/LC_MESSAGES d 0755 0:0
/usr/share/locale/sr/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9013 nlink=1 sha256=75f734c5b17968db5eea8d7cd9ad88e59d9f480db75fc8b08c7f72a0ff2c60b0
/usr/share/locale/sr/LC_MESSAGES/bash.mo f 0644 0:0 size=232614 nlink=1 sha256=10a8c57bd369fa18bd252da44ccdd90979b966cfbcac56232cbb9655acc02462
/usr/share/locale/sr/LC_MESSAGES/coreutils.mo f 0644 0:0 size=431596 nlink=1 sha256=1060ebe1ffaabf876efbde2700b6ab5d220e819053cfba78d947bfc23deee2bb
/usr/share/locale/sr/LC_MESSAGES/diffutils.mo f 0644 0:0 size=42102 nlink=1 sha256=aef281fdf4c4f4823cc31be9f0a7c77001dbfc64629b701a87c0d530ad23398e
/usr/share/locale/sr/LC_MESSAGES/findutils.mo f 0644 0:0 size=39742 nlink=1 sha256=9c164d716a1bec4134bd7c637148d826cf2bcd163345371d8c9de4a7a9667ffa
/usr/share/locale/sr/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=41709 nlink=1 sha256=cb3a3f572ef893b549e5d5cdc9e2fdaa40904cc1c266ebdf253b83beeaa0d074
/usr/share/locale/sr/LC_MESSAGES/grep.mo f 0644 0:0 size=20814 nlink=1 sha256=88483222fdc36f84941fc5a109903d14088fa407fd640f0b57bf53ed19b88d16
/usr/share/locale/sr/LC_MESSAGES/libidn2.mo f 0644 0:0 size=7869 nlink=1 sha256=9063f1b268e9c0d7e5a643d0d1464a20f78e0a777cabf52b2c7d7d9924e47f1d
/usr/share/locale/sr/LC_MESSAGES/sed.mo f 0644 0:0 size=18467 nlink=1 sha256=b12ca79d36a6390445afd447882600e5c437a107fb9657358aa91f651bad1811
/usr/share/locale/sr/LC_MESSAGES/tar.mo f 0644 0:0 size=82073 nlink=1 sha256=a4d84b9895e95b3dc3683dd325ec87055f7c6017510f2022317bc7a5cd5591e0
/usr/share/locale/sr/LC_TIME d 0755 0:0
/usr/share/locale/sr/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/sr@latin d 0755 0:0
/usr/share/locale/sr@latin/LC_MESSAGES d 0755 0:0
/usr/share/locale/sr@latin/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=6926 nlink=1 sha256=56e3d8087b903229c34c825ab6a7595ecab714a182630ab2f8461129063f766f
/usr/share/locale/sv d 0755 0:0
/usr/share/locale/sv/LC_MESSAGES d 0755 0:0
/usr/share/locale/sv/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9864 nlink=1 sha256=ec0779b69cc1f6578c88e875e4ce04b4e89006237875b59f341984f95f9949e3
/usr/share/locale/sv/LC_MESSAGES/adduser.mo f 0644 0:0 size=11829 nlink=1 sha256=2ee7b519bd0d1899cd44f863ee2ee6222801fd903aad40a8c9875704cc7f65a3
/usr/share/locale/sv/LC_MESSAGES/apt.mo f 0644 0:0 size=35617 nlink=1 sha256=186ce8a067e4f218d129b799dbafdf31f649a6dc1ae06d4c1db54933edd6288f
/usr/share/locale/sv/LC_MESSAGES/bash.mo f 0644 0:0 size=176963 nlink=1 sha256=02a52aa9fb1182b3267d75c495e0c7b2bc1262fb914af6792f78b05a418f8519
/usr/share/locale/sv/LC_MESSAGES/coreutils.mo f 0644 0:0 size=333978 nlink=1 sha256=97747b4f776e5d14ee8c6ad875da4dca9b4d0fd304ac5ba9268d9a6db88ae8ed
/usr/share/locale/sv/LC_MESSAGES/diffutils.mo f 0644 0:0 size=34038 nlink=1 sha256=3fa05adadd7ed98a9eab82ec054ba1bfbafa286c1c8abdbbbffc7d4d0ddc3bc6
/usr/share/locale/sv/LC_MESSAGES/dpkg.mo f 0644 0:0 size=165282 nlink=1 sha256=217ddb686da78e10d4f84eb930715684041ff7da622474d9971f87e10b0b4ec3
/usr/share/locale/sv/LC_MESSAGES/findutils.mo f 0644 0:0 size=29984 nlink=1 sha256=004655298d76bd227e089b978ab084c922e907147c8bb632520b2250f33e9107
/usr/share/locale/sv/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=23808 nlink=1 sha256=3a0d2a30eaf5792d84412a1d1726034b540220f89aaf693eb950827cb1f3f5f9
/usr/share/locale/sv/LC_MESSAGES/grep.mo f 0644 0:0 size=17433 nlink=1 sha256=6c36d958c208264c7d8b941185f740b345a14a91f162a8adf4026f98745c6a09
/usr/share/locale/sv/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=24876 nlink=1 sha256=2b0c6539f6d66b9af15730159f7227a30a0d64f6c59bc1944039f15c96b90b1f
/usr/share/locale/sv/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6384 nlink=1 sha256=acd9b39fa37bb40b65a3e765c6fb8e9ac86a9ba7378d209decfa5d52673229ef
/usr/share/locale/sv/LC_MESSAGES/sed.mo f 0644 0:0 size=15526 nlink=1 sha256=ad0f0a0cc87b642826236b6e3cb1cdf51f4b886be67b7f22e9227ebd4b3a09a2
/usr/share/locale/sv/LC_MESSAGES/shadow.mo f 0644 0:0 size=54072 nlink=1 sha256=6cfa0e3177941fba8686448660aa14202b0c2a55b6d3c5fbc19e157ef85e7c1d
/usr/share/locale/sv/LC_MESSAGES/tar.mo f 0644 0:0 size=61790 nlink=1 sha256=02ab50d033b55f389a6d1a95d203697d3b252207d4326d164fa9d1318fa27cc6
/usr/share/locale/sv/LC_TIME d 0755 0:0
/usr/share/locale/sv/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ta d 0755 0:0
/usr/share/locale/ta/LC_MESSAGES d 0755 0:0
/usr/share/locale/ta/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=10884 nlink=1 sha256=1acce54715d62ff36fd924d59acca2de34f68ad22079f8ef8f0bff6d76a44530
/usr/share/locale/ta/LC_MESSAGES/grep.mo f 0644 0:0 size=25265 nlink=1 sha256=d215092573544065825bc726c3913a0527508cd90096866eaff8f3ec39143de3
/usr/share/locale/te d 0755 0:0
/usr/share/locale/te/LC_MESSAGES d 0755 0:0
/usr/share/locale/te/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=11038 nlink=1 sha256=847f742462a836e2cb84342f769b59d40f36b294e1d3ecd5c6518afe16c18812
/usr/share/locale/tg d 0755 0:0
/usr/share/locale/tg/LC_MESSAGES d 0755 0:0
/usr/share/locale/tg/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=490 nlink=1 sha256=0b31f7166642f87bda7d035004ec76f23f450e0b41e27ef5f713ef6c56ecf358
/usr/share/locale/th d 0755 0:0
/usr/share/locale/th/LC_MESSAGES d 0755 0:0
/usr/share/locale/th/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=482 nlink=1 sha256=cafd2625eed0270c48d50655d6c3cdcbe9ce0449f55af8c273641da3af8041f3
/usr/share/locale/th/LC_MESSAGES/apt.mo f 0644 0:0 size=53247 nlink=1 sha256=f92ec178bfd4cd4e3e4004680b6f31d765117607038a162db8ad8f557ed47d96
/usr/share/locale/th/LC_MESSAGES/dpkg.mo f 0644 0:0 size=255644 nlink=1 sha256=abaf94220f7027298d15669d27f736ef4b99b85774e104c10657861d331c7410
/usr/share/locale/th/LC_MESSAGES/grep.mo f 0644 0:0 size=16494 nlink=1 sha256=2f709895b781842a4513ceb570a5bd06a9b62d265085c65ac0ecf2c9c442cc0a
/usr/share/locale/th/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=37122 nlink=1 sha256=e1bf842cd5c9d612ddef4684509ca078e81662f7b6f9a5d712e4c8181891fa8c
/usr/share/locale/tl d 0755 0:0
/usr/share/locale/tl/LC_MESSAGES d 0755 0:0
/usr/share/locale/tl/LC_MESSAGES/apt.mo f 0644 0:0 size=21590 nlink=1 sha256=aa989990a9573b00e3f4eccb2210471590486af2cf354972a65ac3d40a60f055
/usr/share/locale/tl/LC_MESSAGES/dpkg.mo f 0644 0:0 size=34793 nlink=1 sha256=78d3771e8afa53c0802281d3952df495113a49f4b1720a707bd83bd315682f85
/usr/share/locale/tl/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=13206 nlink=1 sha256=66550e5d3c7b262abb19e68326de98c4009cd4a81246957dce158c67040ec291
/usr/share/locale/tl/LC_MESSAGES/shadow.mo f 0644 0:0 size=18837 nlink=1 sha256=80005a402ae138816635d2d034f46ca990d325d375b62b888f4282e4ef18e171
/usr/share/locale/tr d 0755 0:0
/usr/share/locale/tr/LC_MESSAGES d 0755 0:0
/usr/share/locale/tr/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9969 nlink=1 sha256=56b0efabfa3043fe32e3a0697d439ef4c98319217d7c86ccb829f7bd1797218b
/usr/share/locale/tr/LC_MESSAGES/apt.mo f 0644 0:0 size=46047 nlink=1 sha256=209b0f23180361a29a645f60521fec3e39904019d25acfd2550a3be7d49ec391
/usr/share/locale/tr/LC_MESSAGES/bash.mo f 0644 0:0 size=130291 nlink=1 sha256=5ea0317e7ebd02026d8240386558fbd38d6fe2e36557ad3d088cfe18a7f097f7
/usr/share/locale/tr/LC_MESSAGES/coreutils.mo f 0644 0:0 size=369969 nlink=1 sha256=772a4c689b108004e72d521dce3617aaf1ad8b6e57212a5bcb4975fc1a374bcc
/usr/share/locale/tr/LC_MESSAGES/diffutils.mo f 0644 0:0 size=35563 nlink=1 sha256=87aba6c390ddff92d8459f5290e9dc28966b9595dbb19afeb33a9fceaa18620d
/usr/share/locale/tr/LC_MESSAGES/dpkg.mo f 0644 0:0 size=130576 nlink=1 sha256=e88ee378f8745a38d520dc61e0079de01a1d573af88750ef5ae7662e5d70ccea
/usr/share/locale/tr/LC_MESSAGES/findutils.mo f 0644 0:0 size=28189 nlink=1 sha256=6b9248e8d373a696e2d460a062c44b282f975b47416ee0cec8ab550e4b58f672
/usr/share/locale/tr/LC_MESSAGES/grep.mo f 0644 0:0 size=16953 nlink=1 sha256=17e2a7adeeaa9530d6858c3c40290eb7ea636ed5207e94667f03c2234007dae2
/usr/share/locale/tr/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=32584 nlink=1 sha256=4891f06f948c29d5841f64b7ef1c3565c452750652768f6e605979ff33d8301b
/usr/share/locale/tr/LC_MESSAGES/sed.mo f 0644 0:0 size=15586 nlink=1 sha256=d7d39f5546f48ccb068ef0342f147647fecf08dc9b86043c92609d3565e90d3e
/usr/share/locale/tr/LC_MESSAGES/shadow.mo f 0644 0:0 size=20505 nlink=1 sha256=788002506c4da586061f4cf780fd5f5ab2dfeae0f820322cbceeb826d893c733
/usr/share/locale/tr/LC_MESSAGES/tar.mo f 0644 0:0 size=61110 nlink=1 sha256=d09a281756d2e724d8a0a0fb9cce6e48bfc9e61825df3862047630350a2b026d
/usr/share/locale/tr/LC_TIME d 0755 0:0
/usr/share/locale/tr/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/uk d 0755 0:0
/usr/share/locale/uk/LC_MESSAGES d 0755 0:0
/usr/share/locale/uk/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=13290 nlink=1 sha256=ae4f71694945a8b92f156ffc8975845b6978fde2964f2967729ec882f4235286
/usr/share/locale/uk/LC_MESSAGES/adduser.mo f 0644 0:0 size=13065 nlink=1 sha256=067f96bf80d685083a1c6fa36d8af8b9f9e2c4984416f563ec81b4b3f421573d
/usr/share/locale/uk/LC_MESSAGES/apt.mo f 0644 0:0 size=38827 nlink=1 sha256=240ec25bdf0de7afffc9d42838703fd059a7a85e450092630a396e850cf5ed3b
/usr/share/locale/uk/LC_MESSAGES/bash.mo f 0644 0:0 size=237263 nlink=1 sha256=f6e967f47cf69b2ef901d6bcbd23d474d3459e9bc4fcc8b20e53a99160599537
/usr/share/locale/uk/LC_MESSAGES/coreutils.mo f 0644 0:0 size=483282 nlink=1 sha256=6f8ecad5305bdd8b74e8e87cd995ffee489beea5fd423589966a722695591a8a
/usr/share/locale/uk/LC_MESSAGES/diffutils.mo f 0644 0:0 size=44968 nlink=1 sha256=0e7986c520e49f536d92a9b3efa99fd0202e315cf13ee538aaf9543a9b98276b
/usr/share/locale/uk/LC_MESSAGES/findutils.mo f 0644 0:0 size=39582 nlink=1 sha256=4b0b312286ec2606e257d0b0ff19bc0ffce18f567083a7e50e54ca08e546f78a
/usr/share/locale/uk/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=43946 nlink=1 sha256=c54cd58f5f1de7610e5897dcd8999f5c74e3cdf1d2595ad96df4541a7ad52521
/usr/share/locale/uk/LC_MESSAGES/grep.mo f 0644 0:0 size=23738 nlink=1 sha256=150fc7797612c3b5ef691dd447cf56c583dd519fb68b445bc8465f0c41ec0005
/usr/share/locale/uk/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=29418 nlink=1 sha256=8361551cf25293e8e3bdb96fcff119971bdc47d7db85430b3ce0415a05803fe8
/usr/share/locale/uk/LC_MESSAGES/libidn2.mo f 0644 0:0 size=8243 nlink=1 sha256=a3c603794482577367446b43a22be1216d82ee0093cf4a441323fcc51e15d7cf
/usr/share/locale/uk/LC_MESSAGES/sed.mo f 0644 0:0 size=19956 nlink=1 sha256=f84cbc14a9dff989c2b2ee0cc6d0b0f85f1bff71ee53f33667d3f8b61186e8b6
/usr/share/locale/uk/LC_MESSAGES/shadow.mo f 0644 0:0 size=105763 nlink=1 sha256=049c671c1ba091420accb906013bf65efd6f1696f5d55f820da7e55720dc5b9c
/usr/share/locale/uk/LC_MESSAGES/tar.mo f 0644 0:0 size=84186 nlink=1 sha256=27126fda63116034b80113bbc3e8bfdd3da382bf5ad62e24b599fd9efc4a42fc
/usr/share/locale/uk/LC_TIME d 0755 0:0
/usr/share/locale/uk/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/ur d 0755 0:0
/usr/share/locale/ur/LC_MESSAGES d 0755 0:0
/usr/share/locale/ur/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=468 nlink=1 sha256=49554fc27da949e0b61b39d5f631935e41e1a8f47ed80024f0a59d30f5dccf6a
/usr/share/locale/vi d 0755 0:0
/usr/share/locale/vi/LC_MESSAGES d 0755 0:0
/usr/share/locale/vi/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=7349 nlink=1 sha256=54dfa890df92e299cc5c5cd4efeed9e43aac02bc527cb337f690ab03975cdb1d
/usr/share/locale/vi/LC_MESSAGES/adduser.mo f 0644 0:0 size=13168 nlink=1 sha256=3de0a0ef0bc11e9eb8066a2d360ecec4007327ff82a97699b0a0702502643aef
/usr/share/locale/vi/LC_MESSAGES/apt.mo f 0644 0:0 size=38048 nlink=1 sha256=e12804522d96004a2d5a5d69a1ecbcbf4c4253f91a3b1df3b3403f32ae455005
/usr/share/locale/vi/LC_MESSAGES/bash.mo f 0644 0:0 size=133752 nlink=1 sha256=9bd7ff42447e8e64b6695d4fd0f9e4c66894767bf1579d6ba1b084cc044e30e0
/usr/share/locale/vi/LC_MESSAGES/coreutils.mo f 0644 0:0 size=328052 nlink=1 sha256=009858508c9263a607cd9f6d296b054c923763ac7fd354453b6c4aca4f13153a
/usr/share/locale/vi/LC_MESSAGES/diffutils.mo f 0644 0:0 size=37426 nlink=1 sha256=c083dd78312fdc0289c40869ac7df2c646e52e44432f5f03cab60dc1694cc7c9
/usr/share/locale/vi/LC_MESSAGES/dpkg.mo f 0644 0:0 size=133973 nlink=1 sha256=a23238e62d26ff399e75865baee7a4b9b89bda9e1fd677cccceb88e9be6b4f16
/usr/share/locale/vi/LC_MESSAGES/findutils.mo f 0644 0:0 size=32741 nlink=1 sha256=553c70666de936299656c47cc79c1c596cf894844e5137c3c6bcd445aad975f3
/usr/share/locale/vi/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=26073 nlink=1 sha256=702177015ff3bef3abe54d8c8fac9ac559d61ee8f92cb1fd7dc191c41dc57e90
/usr/share/locale/vi/LC_MESSAGES/grep.mo f 0644 0:0 size=19176 nlink=1 sha256=e2d843342df90139f208603626fb5cae3ca43aeb61f9672b9b42d2448a6fbb4e
/usr/share/locale/vi/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=27451 nlink=1 sha256=b22858fae9618c0772e9e5cb697852ea08c3984f374507d49e28e90ae7c2edc8
/usr/share/locale/vi/LC_MESSAGES/libidn2.mo f 0644 0:0 size=1090 nlink=1 sha256=b8dbc44e0c728c5cb4f3bdaf076c456d40f22a4db12514cae4acf94a04bcbd10
/usr/share/locale/vi/LC_MESSAGES/sed.mo f 0644 0:0 size=16613 nlink=1 sha256=492fe1cada0908cd184fed8bbd1bfc0cc4e15cf731d3edb171e120cbfc49d852
/usr/share/locale/vi/LC_MESSAGES/shadow.mo f 0644 0:0 size=73832 nlink=1 sha256=d935cb4a4c8951c3d3a9ee824d45a9c608814f4935913440c5a4afab2a409ab9
/usr/share/locale/vi/LC_MESSAGES/tar.mo f 0644 0:0 size=69054 nlink=1 sha256=fcf7b2109ab6456c96e445a9c7dbd427b9f35d64ca001264b63cfd61dcd5265b
/usr/share/locale/vi/LC_TIME d 0755 0:0
/usr/share/locale/vi/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/yo d 0755 0:0
/usr/share/locale/yo/LC_MESSAGES d 0755 0:0
/usr/share/locale/yo/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=392 nlink=1 sha256=9d90ea5f7942f6a241acc613412f43379f83176e2e0582d59cf96b0480db9979
/usr/share/locale/zh_CN d 0755 0:0
/usr/share/locale/zh_CN/LC_MESSAGES d 0755 0:0
/usr/share/locale/zh_CN/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9086 nlink=1 sha256=7d2d5e3f60fc4a6d4d39e9cdfba3b65315119a2356ad9e9d0d32dab007196bb1
/usr/share/locale/zh_CN/LC_MESSAGES/adduser.mo f 0644 0:0 size=16243 nlink=1 sha256=c2269edde16d9b67701631aadc772309539a17a4b81daabb6550f7147aa7bac1
/usr/share/locale/zh_CN/LC_MESSAGES/apt.mo f 0644 0:0 size=44038 nlink=1 sha256=4dc3933515137befea6b0cd5cfecc206dd71374eb7e81663e5511b37f07f3242
/usr/share/locale/zh_CN/LC_MESSAGES/bash.mo f 0644 0:0 size=170166 nlink=1 sha256=8eaff54589dee4abd8cdee4dc6ac88bd824d3ee2a41142ece8a7e23ea2b9e041
/usr/share/locale/zh_CN/LC_MESSAGES/coreutils.mo f 0644 0:0 size=359611 nlink=1 sha256=e2fecdab61998466370f373c1685f044b33d66ad5a1600d1f6ddf4acebb4815c
/usr/share/locale/zh_CN/LC_MESSAGES/diffutils.mo f 0644 0:0 size=34572 nlink=1 sha256=b08c9400039e4aa272c6f4955489c7a8fd0b2c925075284f69d7ad34d35e7712
/usr/share/locale/zh_CN/LC_MESSAGES/dpkg.mo f 0644 0:0 size=161680 nlink=1 sha256=3d79c848b74f8e1e692230fcf874685bc564c5ecc012305169d68dab6baa029d
/usr/share/locale/zh_CN/LC_MESSAGES/findutils.mo f 0644 0:0 size=28209 nlink=1 sha256=7a667acd6c845923fbec05a9c8c6099c00d4f8573eda18227748687004909bcf
/usr/share/locale/zh_CN/LC_MESSAGES/gnutls30.mo f 0644 0:0 size=22411 nlink=1 sha256=b19488ca0e3469cab1f6d7dce52a84f149e60f7ba41cb80cb1b2dc93ba4a12c5
/usr/share/locale/zh_CN/LC_MESSAGES/grep.mo f 0644 0:0 size=17232 nlink=1 sha256=105d4ae156aa52756318863c835e787ae9c01a65a23faaac4760b299a89de578
/usr/share/locale/zh_CN/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=32916 nlink=1 sha256=fae8037426dd0743c13281b5194867ddff3102104310add60524c73ff64a369f
/usr/share/locale/zh_CN/LC_MESSAGES/libidn2.mo f 0644 0:0 size=6210 nlink=1 sha256=905f485090994eb7fc5ef7258d6113a8eb3bf2989679a3933f851dc07a8be642
/usr/share/locale/zh_CN/LC_MESSAGES/sed.mo f 0644 0:0 size=14265 nlink=1 sha256=84735b847c8cb71634d717845c78e0194b13dc6de6fcbf940c3e273e604c532e
/usr/share/locale/zh_CN/LC_MESSAGES/shadow.mo f 0644 0:0 size=62731 nlink=1 sha256=a48d2fd0fb0638243e13ba3eb358da5523b3299f16c1283cb4542099f4308049
/usr/share/locale/zh_CN/LC_MESSAGES/tar.mo f 0644 0:0 size=57717 nlink=1 sha256=fbab5c57e3dd5766884181b4fb29e7c144e94b2ff71a0fcf1d0c5a1ca8fd9ba9
/usr/share/locale/zh_CN/LC_TIME d 0755 0:0
/usr/share/locale/zh_CN/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/zh_HK d 0755 0:0
/usr/share/locale/zh_HK/LC_MESSAGES d 0755 0:0
/usr/share/locale/zh_HK/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=476 nlink=1 sha256=b14f1d47cfc26744f2e11c2511efdcdaf9a798249e53fee728d51556e20a1953
/usr/share/locale/zh_TW d 0755 0:0
/usr/share/locale/zh_TW/LC_MESSAGES d 0755 0:0
/usr/share/locale/zh_TW/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=9083 nlink=1 sha256=0231d547902fc662bcefa1916d46ccccb3b08f75d36c7e9512740efdb0964f16
/usr/share/locale/zh_TW/LC_MESSAGES/apt.mo f 0644 0:0 size=21822 nlink=1 sha256=761b286e8aa04a54d179719a1471b386ee7b8cb2bb5f902f1444f56ffa158883
/usr/share/locale/zh_TW/LC_MESSAGES/bash.mo f 0644 0:0 size=168812 nlink=1 sha256=826dffea15b752abd1825370cd0a90ada8b73648a97a16d415874ee725af9169
/usr/share/locale/zh_TW/LC_MESSAGES/coreutils.mo f 0644 0:0 size=283496 nlink=1 sha256=28dfb3d5bc9c89cd0169ffc05f692e2974a6525c9abdc0c9db651dbc90dd1d38
/usr/share/locale/zh_TW/LC_MESSAGES/diffutils.mo f 0644 0:0 size=32725 nlink=1 sha256=82677892dfcbde70ce1859d861d877d5d3bdc266790b2816543d516b75e931fa
/usr/share/locale/zh_TW/LC_MESSAGES/dpkg.mo f 0644 0:0 size=109362 nlink=1 sha256=88041f165baf833139b659647d069a2076fb5a6e2c47078fb91f1384e89c060d
/usr/share/locale/zh_TW/LC_MESSAGES/findutils.mo f 0644 0:0 size=16083 nlink=1 sha256=62b46e6118e14b4f37474d885239f9f86c62ee7db1799f09b0b98ecd04f661d6
/usr/share/locale/zh_TW/LC_MESSAGES/grep.mo f 0644 0:0 size=16987 nlink=1 sha256=632e978b565522cdf7c0f667fd237ccb6153a9cbc403cc0120c9b83fd52fe9e0
/usr/share/locale/zh_TW/LC_MESSAGES/libapt-pkg6.0.mo f 0644 0:0 size=13910 nlink=1 sha256=725ac7a178f3f2b78d465812d84618af387049bcc2a414ca64a07ff3f06ae8f9
/usr/share/locale/zh_TW/LC_MESSAGES/sed.mo f 0644 0:0 size=14836 nlink=1 sha256=93bd57a0c64e3bec4c59c1c66521dabce26adaedfb7280a4842991c066b25f4d
/usr/share/locale/zh_TW/LC_MESSAGES/shadow.mo f 0644 0:0 size=66576 nlink=1 sha256=c1fb517a70cb254ce0b4a18e9cfdf002325fa543eeb532547063e3ae61076c4c
/usr/share/locale/zh_TW/LC_MESSAGES/tar.mo f 0644 0:0 size=58290 nlink=1 sha256=e19e105a47f37d1cc89d707e446d47a7b11e3f5303905089294e9b7a23a0b224
/usr/share/locale/zh_TW/LC_TIME d 0755 0:0
/usr/share/locale/zh_TW/LC_TIME/coreutils.mo l 0777 0:0 -> ../LC_MESSAGES/coreutils.mo
/usr/share/locale/zu d 0755 0:0
/usr/share/locale/zu/LC_MESSAGES d 0755 0:0
/usr/share/locale/zu/LC_MESSAGES/Linux-PAM.mo f 0644 0:0 size=5759 nlink=1 sha256=e0eb8688d69bfe63f8cd8d38c0767ff1bd9ce57188b54db36a1abc3c44ed0148
/usr/share/man d 0755 0:0
/usr/share/man/cs d 0755 0:0
/usr/share/man/cs/man1 d 0755 0:0
/usr/share/man/cs/man1/expiry.1.gz f 0644 0:0 size=430 nlink=1 sha256=1c2e6472e94219b901077484a8cc3339e90bc684f65cfb560537d574308d33e0
/usr/share/man/cs/man1/gpasswd.1.gz f 0644 0:0 size=969 nlink=1 sha256=f4483464352d5d1b71d326fb10c517669f82f6688229b5d9c78002b837c567f4
/usr/share/man/cs/man5 d 0755 0:0
/usr/share/man/cs/man5/faillog.5.gz f 0644 0:0 size=577 nlink=1 sha256=307ab208cdebc0f0d1a151deb9375cc27528bdd84145b64e9484a562f07c0d06
/usr/share/man/cs/man5/gshadow.5.gz f 0644 0:0 size=797 nlink=1 sha256=384edd0e6f9dc0a209533bde62ed8c2432742f6546612fe85b87451151156a15
/usr/share/man/cs/man5/passwd.5.gz f 0644 0:0 size=1005 nlink=1 sha256=b52b70f234229359c7ccd7aa202d890454345bb8e13813ecfd2e458aef1615d3
/usr/share/man/cs/man5/shadow.5.gz f 0644 0:0 size=1017 nlink=1 sha256=b8693d578738a33c35251acceba964d74b4ead7f1bb6048a0bd64857cd978997
/usr/share/man/cs/man8 d 0755 0:0
/usr/share/man/cs/man8/faillog.8.gz f 0644 0:0 size=1139 nlink=1 sha256=bd441d3accea2b2bc40498cda218530d16ac737229f23e8dec515647e42ca29a
/usr/share/man/cs/man8/groupadd.8.gz f 0644 0:0 size=1504 nlink=1 sha256=577b43c07f22215a900d44af4b3d9bd3045fe7f59bb13a063f32d0657fb286c6
/usr/share/man/cs/man8/groupdel.8.gz f 0644 0:0 size=721 nlink=1 sha256=9eb4c196ba7b4eedf2addc45ff19be996943e862ed816354d31581ed186e92e8
/usr/share/man/cs/man8/groupmod.8.gz f 0644 0:0 size=884 nlink=1 sha256=10717a76c9cd4c7f5b6620ac837783303d63686cf39fdb35fb6c5caa0a488ac0
/usr/share/man/cs/man8/grpck.8.gz f 0644 0:0 size=1329 nlink=1 sha256=60cb65b9a4a0d723f4f180600fb8cb74ee3471d6edfa43f911797abf41155f06
/usr/share/man/cs/man8/lastlog.8.gz f 0644 0:0 size=900 nlink=1 sha256=a95cf35cb8384b20469358d4d9f91d04047e0bb62d10b94ac4fc01c4fae650d1
/usr/share/man/cs/man8/nologin.8.gz f 0644 0:0 size=460 nlink=1 sha256=6ed46acae0c40a3a14bb250521965bd7194a163f94672236df398f0463cdadde
/usr/share/man/cs/man8/vipw.8.gz f 0644 0:0 size=764 nlink=1 sha256=173b0e4d1b9de4450ee891bd302f7a45b8f7d015ca195d0bbbdc06c6a3b74a84
/usr/share/man/da d 0755 0:0
/usr/share/man/da/man1 d 0755 0:0
/usr/share/man/da/man1/chfn.1.gz f 0644 0:0 size=1652 nlink=1 sha256=a32c5af22ccfe6455dec2321053ecbcd745d935b5c2239385472b5a1241e1af7
/usr/share/man/da/man1/newgrp.1.gz f 0644 0:0 size=1181 nlink=1 sha256=daf461b2b53fda06c7e49371793658a4d790e90e33acd23f0e48b2b50663cc30
/usr/share/man/da/man1/sg.1.gz f 0644 0:0 size=1013 nlink=1 sha256=80f8ffec313c8117c5c8930d02afd1beab24634b7e0d88918838fd8e26bc23b2
/usr/share/man/da/man5 d 0755 0:0
/usr/share/man/da/man5/gshadow.5.gz f 0644 0:0 size=1335 nlink=1 sha256=80eb832f11cd128c24a5bd530933a385ac2f0919aeac1b7a5e0d80ccd4aa876b
/usr/share/man/da/man8 d 0755 0:0
/usr/share/man/da/man8/groupdel.8.gz f 0644 0:0 size=1444 nlink=1 sha256=23537a6f5937ac166f0ffcb72af690898ebfb1b00e73ed3cc0c2fccbb4fadb89
/usr/share/man/da/man8/nologin.8.gz f 0644 0:0 size=789 nlink=1 sha256=d344def7fdc7a7f77ab19f2992160fa3f3f4ab5fa68df9ad7080df4accac7ac4
/usr/share/man/da/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/da/man8/vipw.8.gz f 0644 0:0 size=1242 nlink=1 sha256=a4988ecceb886165c49ce9d8f272c52d97c4b1863fbcd60bff0fe06cfa85c3cf
/usr/share/man/de d 0755 0:0
/usr/share/man/de/man1 d 0755 0:0
/usr/share/man/de/man1/apt-transport-http.1.gz f 0644 0:0 size=3596 nlink=1 sha256=482bf8f48a9b4151a83593e90b140cab728acc40404ba497d357f80e37eb363b
/usr/share/man/de/man1/apt-transport-https.1.gz f 0644 0:0 size=3283 nlink=1 sha256=6c3ec20e630fcb803530dd11d6c0f06b0b0a37b6fba6fbf9db97d65836a444d3
/usr/share/man/de/man1/apt-transport-mirror.1.gz f 0644 0:0 size=3904 nlink=1 sha256=f147b7b8bf8b1656fc27b0c1849cce7aa58c7b594de32ba3e2644dc337c71121
/usr/share/man/de/man1/chage.1.gz f 0644 0:0 size=2507 nlink=1 sha256=528441098b5719e9d9af4b363c1f4db069bbec1200f01524ae200ebd628e9fcb
/usr/share/man/de/man1/chfn.1.gz f 0644 0:0 size=1746 nlink=1 sha256=41ef18132d5f75374f013d511170b839cc502ee6fd21db56bf564eb7fe9cd4c8
/usr/share/man/de/man1/chsh.1.gz f 0644 0:0 size=1395 nlink=1 sha256=92345fe47d00511c57ce3fe622c717479ae25d778e5ddcf6e5994455fc8bed0e
/usr/share/man/de/man1/dpkg-deb.1.gz f 0644 0:0 size=6152 nlink=1 sha256=686daef9caeeb02921d4e50e6efcf451ab42faa9fabe518d66293b15db04f4ff
/usr/share/man/de/man1/dpkg-divert.1.gz f 0644 0:0 size=4305 nlink=1 sha256=c68a19f63b4d8b1fa336c19ae06be441d7f9251bd14c2c78f0f44651eb55eca3
/usr/share/man/de/man1/dpkg-maintscript-helper.1.gz f 0644 0:0 size=5746 nlink=1 sha256=160cc622364eae63723c260dd670f8ae53cabde484b0f5586d9d229a17f87510
/usr/share/man/de/man1/dpkg-query.1.gz f 0644 0:0 size=7397 nlink=1 sha256=8560bcf0d5b547b1d26a22f3fdcb7431b3041945e8c24bb59be1a438c69bccd0
/usr/share/man/de/man1/dpkg-realpath.1.gz f 0644 0:0 size=2258 nlink=1 sha256=7e6a20b448e7a70031fbf087d692ce579fc71378c7c248ed1c170d8211f4ab4d
/usr/share/man/de/man1/dpkg-split.1.gz f 0644 0:0 size=4938 nlink=1 sha256=d6f046aa94ac32da5028bdd9cd2cdc54efa50fac861f0de05462339330915802
/usr/share/man/de/man1/dpkg-statoverride.1.gz f 0644 0:0 size=4044 nlink=1 sha256=04dfb874ffd10a65e103afbe32b3c668b5439246a54e770022874f090e56e31e
/usr/share/man/de/man1/dpkg-trigger.1.gz f 0644 0:0 size=3227 nlink=1 sha256=23dd10fc6c045ca90c00d4f57e6c35d276817b7e19186efb0fe7b4b7e477b272
/usr/share/man/de/man1/dpkg.1.gz f 0644 0:0 size=18956 nlink=1 sha256=e650b0dd5cb6fc4cc9dab5dc53f30d9d14d386881b75191484ee2a430190d94f
/usr/share/man/de/man1/expiry.1.gz f 0644 0:0 size=916 nlink=1 sha256=0a836a6c8b2b0f6e0c4bd61654864813d4ebebb0328ad389288f2377e8536146
/usr/share/man/de/man1/gpasswd.1.gz f 0644 0:0 size=1590 nlink=1 sha256=25e74cccc435377094516055db333e5421c68ad53536ae159c9087f2c8912b20
/usr/share/man/de/man1/login.1.gz f 0644 0:0 size=2593 nlink=1 sha256=ecbcc419a67f9957066918a652f5c2ee532e6a76af2fc28b0934a0fdf622e7b2
/usr/share/man/de/man1/newgrp.1.gz f 0644 0:0 size=1215 nlink=1 sha256=49bb422f54a3f06a2303e95aa1f83ac09a44db43385462c67cf5b6372a0528c6
/usr/share/man/de/man1/passwd.1.gz f 0644 0:0 size=3653 nlink=1 sha256=73dd7802d218774a4f559d37258dbb5b430dd4da7035062ffb0321d44fd2f90f
/usr/share/man/de/man1/sg.1.gz f 0644 0:0 size=1070 nlink=1 sha256=5bf3338c9d860e62bb7dfe9fbe3971027b21c26bf1bc406d1b25b099b3ea16ce
/usr/share/man/de/man1/update-alternatives.1.gz f 0644 0:0 size=7747 nlink=1 sha256=bf0b9c56a9f8ad801bd0bd76b0d41e6c955d03da561f17d8079c41945dc287ca
/usr/share/man/de/man1/which.1.gz l 0777 0:0 -> /etc/alternatives/which.de1.gz
/usr/share/man/de/man1/which.debianutils.1.gz f 0644 0:0 size=797 nlink=1 sha256=222ccc17de17b6a0dcb396d98cbb02d011292f8feee2ba6360b4a30a5176096f
/usr/share/man/de/man5 d 0755 0:0
/usr/share/man/de/man5/adduser.conf.5.gz f 0644 0:0 size=4207 nlink=1 sha256=81f2ce8484cb7a8e5c0692866d0eb145bc9c3a4bd83cd6da4f6a4277e279a9bd
/usr/share/man/de/man5/apt.conf.5.gz f 0644 0:0 size=17570 nlink=1 sha256=a53d94e5793a287edcac3541fcda47d53b19b48f102de05fee9457015516ff94
/usr/share/man/de/man5/apt_auth.conf.5.gz f 0644 0:0 size=2745 nlink=1 sha256=15dde22cdb409a11960038cecfc9f2ba49aef08156dd6a496a537b6913673fba
/usr/share/man/de/man5/apt_preferences.5.gz f 0644 0:0 size=8674 nlink=1 sha256=c8e49322c732402a37c4d6c9054e98c631619ccd778dc5534e824b0702625503
/usr/share/man/de/man5/deluser.conf.5.gz f 0644 0:0 size=1777 nlink=1 sha256=a3e1833e9d44ccda932c04d2f7491e9333100d2bbc489d69697f31e14a4814ec
/usr/share/man/de/man5/dpkg.cfg.5.gz f 0644 0:0 size=1667 nlink=1 sha256=dc3287545181d289fc6576ca8bacd2c86d1611424daea99941c5865dd2ee491e
/usr/share/man/de/man5/faillog.5.gz f 0644 0:0 size=964 nlink=1 sha256=6e5d1835e309f1be4c4636d05f1fd29b4306123fa694434cccd08a129bcba931
/usr/share/man/de/man5/gshadow.5.gz f 0644 0:0 size=1438 nlink=1 sha256=a4b259a10d238aaf6ff2b8d8dcfadd42f8981a1adf337bbaab0420bdd2db2db7
/usr/share/man/de/man5/login.defs.5.gz f 0644 0:0 size=2021 nlink=1 sha256=6e934cb78a6635de67a15c7d602c3b2b8ee0301a82bb47ef618d9a1db443d0af
/usr/share/man/de/man5/passwd.5.gz f 0644 0:0 size=1750 nlink=1 sha256=f6e964e1a0b43963d2de245fe6c19c2a51cc4ac655dc3f07b640b38ad52c6aa8
/usr/share/man/de/man5/shadow.5.gz f 0644 0:0 size=2282 nlink=1 sha256=2a6dd53fbed82efcc0032564ea2a0086454f2c0e29c7e61b5b95360ec9773e0e
/usr/share/man/de/man5/sources.list.5.gz f 0644 0:0 size=10704 nlink=1 sha256=b15ce78d731eb89d78742f038618fd6422e40d30479d9de9be2ab655134e1350
/usr/share/man/de/man7 d 0755 0:0
/usr/share/man/de/man7/apt-patterns.7.gz f 0644 0:0 size=3818 nlink=1 sha256=8e980a9e3f5ef58aabba619a7c667a52359f9115dd362cafbf2ad539cac698af
/usr/share/man/de/man8 d 0755 0:0
/usr/share/man/de/man8/add-shell.8.gz f 0644 0:0 size=714 nlink=1 sha256=16388454cc26bc455f8bbe4e853542c0bb69ebbc8a5125668873c394d990c0ba
/usr/share/man/de/man8/adduser.8.gz f 0644 0:0 size=6996 nlink=1 sha256=e35e9d8d43a13b50e19d23733b970d969d3f7cb9d372c6e267a3450861ebd3b0
/usr/share/man/de/man8/apt-cache.8.gz f 0644 0:0 size=6913 nlink=1 sha256=0ce1f0b21c24d233c736452de6e106912f277ea35d2ce1edc83b841d9f8ad84d
/usr/share/man/de/man8/apt-cdrom.8.gz f 0644 0:0 size=2906 nlink=1 sha256=596a994a66c8ac4a6fffd53a60f057f00468721c8cd3afd7eed928aa7d2eb163
/usr/share/man/de/man8/apt-config.8.gz f 0644 0:0 size=2574 nlink=1 sha256=5e6bac3c5acc9c477ec6d0a720ee6cdb384abdf04c42b77a139d71ab712c9423
/usr/share/man/de/man8/apt-get.8.gz f 0644 0:0 size=11320 nlink=1 sha256=bcc1162a6d50b44ea48ab9629dbe2d27cc9cccc870810844c83f88c300002939
/usr/share/man/de/man8/apt-mark.8.gz f 0644 0:0 size=2955 nlink=1 sha256=763ac78c80fb77e1c599ffb417b7ebb4e076b076a2567fb20dd93ae8451c7286
/usr/share/man/de/man8/apt-secure.8.gz f 0644 0:0 size=5060 nlink=1 sha256=50080d24cd232f95ac923f399800276ae426fce15fc343a78680a3bf544538b0
/usr/share/man/de/man8/apt.8.gz f 0644 0:0 size=3960 nlink=1 sha256=c98d9e171b6bbd4a8c9f8e821a6456419d9785bf31edc9152c00a30865b1e89d
/usr/share/man/de/man8/chgpasswd.8.gz f 0644 0:0 size=1809 nlink=1 sha256=5d9017e602affe58fbc92702d835623c0ee41244827e2a0cc6f820a4e875bfbc
/usr/share/man/de/man8/chpasswd.8.gz f 0644 0:0 size=1983 nlink=1 sha256=9d0aed2eeca14eaa65542feb5170c6f62e7045796144b1b6d873319d8f1eca8f
/usr/share/man/de/man8/deluser.8.gz f 0644 0:0 size=3531 nlink=1 sha256=1f33b4829704e0b3000f705504472d6e05208f75f17d472ee1ec56c63e0e13ad
/usr/share/man/de/man8/dpkg-fsys-usrunmess.8.gz f 0644 0:0 size=3531 nlink=1 sha256=c007cbdc2854ea7c989b6ae7c67c941e2c8132ce317d84c60b187bddc19bb614
/usr/share/man/de/man8/faillog.8.gz f 0644 0:0 size=1832 nlink=1 sha256=efbeb6e5e52f555cd1246849853c297cc26b1e99a0d3cb4b4d360e9ea26fe6ee
/usr/share/man/de/man8/groupadd.8.gz f 0644 0:0 size=2697 nlink=1 sha256=a08c9311384afb91d00fe3f794402716f85c649b5bc68239c97d9c039b49c2f1
/usr/share/man/de/man8/groupdel.8.gz f 0644 0:0 size=1504 nlink=1 sha256=6ebc3be0bb9804e66ae9ca89484c66a169e05cd7f05910ef37d2398915dbe58c
/usr/share/man/de/man8/groupmems.8.gz f 0644 0:0 size=1554 nlink=1 sha256=bf182e9f7a32cd63f5e3085f1e0e6c9ac77614eb155af9f43d842a5b3ec79650
/usr/share/man/de/man8/groupmod.8.gz f 0644 0:0 size=2192 nlink=1 sha256=5338235511999a9e5c3c00d91163e7569d7e363ff1885c64b1914ae82d8c4a26
/usr/share/man/de/man8/grpck.8.gz f 0644 0:0 size=1977 nlink=1 sha256=862d40594bbd48bfc0a8868fed842c1ed2b20ef0854f69ae4a5ab79d199719c1
/usr/share/man/de/man8/grpconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/de/man8/grpunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/de/man8/installkernel.8.gz f 0644 0:0 size=798 nlink=1 sha256=7885c7c7da9a160b6a42a462265bd8f7b15bf0a688aaffadc15ed6e677cb2e5b
/usr/share/man/de/man8/lastlog.8.gz f 0644 0:0 size=1982 nlink=1 sha256=4e3e5123153655c9f8d6cbbd7683d3ccf7268e690cfe29f2ebcdd55e47b7e4e6
/usr/share/man/de/man8/newusers.8.gz f 0644 0:0 size=2665 nlink=1 sha256=d6435e6ecd1f9a84cbd69eb28a9bcb4fbeb721b663d76548761d00c46fa04339
/usr/share/man/de/man8/nologin.8.gz f 0644 0:0 size=801 nlink=1 sha256=2cf31fd1c58fa0f7194bf9f0d0a5e8bdcbbca5c55ac8202faba7870627c4c6e3
/usr/share/man/de/man8/pwck.8.gz f 0644 0:0 size=2199 nlink=1 sha256=dda73cceef4716136233b001aa7a78de34bffcdc7938dfcd593d8a217ed12449
/usr/share/man/de/man8/pwconv.8.gz f 0644 0:0 size=1642 nlink=1 sha256=a76e96f60ca6fb121d57d10a5d8ea32bd90989771b9952ed9557c35795b95666
/usr/share/man/de/man8/pwunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/de/man8/remove-shell.8.gz f 0644 0:0 size=667 nlink=1 sha256=6bc3203b6765eee55394a99bd6de4afb4bd071093ff1ad247071760696282451
/usr/share/man/de/man8/run-parts.8.gz f 0644 0:0 size=2411 nlink=1 sha256=4e9722b98fed1aa37eb53d550ee0efaa15f8426723d3ec7a4f3dde796167d4f7
/usr/share/man/de/man8/savelog.8.gz f 0644 0:0 size=1882 nlink=1 sha256=4ac640fdf12c63a27425391675b6a23538029c19ff090b7afeb4a1a037815eed
/usr/share/man/de/man8/start-stop-daemon.8.gz f 0644 0:0 size=6865 nlink=1 sha256=24887fbf8a823afee60c372acab4c9ea987fcfb96bef85a7a743d40df901a0fc
/usr/share/man/de/man8/update-passwd.8.gz f 0644 0:0 size=1860 nlink=1 sha256=5d71a1bcd52ae134e1126d1f1dcb6fe5fc1bb871b4b840a53a53cff52d02d979
/usr/share/man/de/man8/useradd.8.gz f 0644 0:0 size=5671 nlink=1 sha256=750d63be3cf8ae591e4e01c31af2bf61df64bb32eccb1d8c2c9b81d1c44fba8b
/usr/share/man/de/man8/userdel.8.gz f 0644 0:0 size=2466 nlink=1 sha256=48d81304e3f34f0cc717d126b344f3017d2b4d586e87ce85baa6d0e091fcff26
/usr/share/man/de/man8/usermod.8.gz f 0644 0:0 size=3979 nlink=1 sha256=2e6fee482f054f3b6f7f62ec645e997dbcfb8f7022e3f19ee216c1b4845b4461
/usr/share/man/de/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/de/man8/vipw.8.gz f 0644 0:0 size=1262 nlink=1 sha256=6b3981ca33b3b751af6b81621ae408af78da91e123a08ee7f05a1dcbe32a43aa
/usr/share/man/es d 0755 0:0
/usr/share/man/es/man1 d 0755 0:0
/usr/share/man/es/man1/dpkg-split.1.gz f 0644 0:0 size=4720 nlink=1 sha256=be67c640c0184ac9a99b62183fa8ede867f35778320a45f0082d526887cd66f8
/usr/share/man/es/man1/which.1.gz l 0777 0:0 -> /etc/alternatives/which.es1.gz
/usr/share/man/es/man1/which.debianutils.1.gz f 0644 0:0 size=556 nlink=1 sha256=3a3464e5cf040f0324053a89f3db3ebb060e166e1601ad05210265a997c7b997
/usr/share/man/es/man5 d 0755 0:0
/usr/share/man/es/man5/apt_preferences.5.gz f 0644 0:0 size=8363 nlink=1 sha256=a06bdb486ca733a06f2a34fda4338e9cc2147f0c311ab1aeca1bce3d55ca4ea2
/usr/share/man/es/man5/dpkg.cfg.5.gz f 0644 0:0 size=1647 nlink=1 sha256=da844b3f3a08d5792370b53b9fb67727a8ad78fc9e5983c31643203ef77f9d99
/usr/share/man/es/man8 d 0755 0:0
/usr/share/man/es/man8/add-shell.8.gz f 0644 0:0 size=438 nlink=1 sha256=c5c57af66027cd99b80ca6cdca991ba7cfa7fc1c926560c45818197b6eaacabf
/usr/share/man/es/man8/apt-cache.8.gz f 0644 0:0 size=6821 nlink=1 sha256=92c7f72ff09dd52daaac8ddce78fa8f1118c1cb05d0bd27c845ddfe054829889
/usr/share/man/es/man8/apt-cdrom.8.gz f 0644 0:0 size=2810 nlink=1 sha256=dc694dc361f5e7d1c23e0fdf2a20189621ed8ab62d34ea4658cdb1502af2d92b
/usr/share/man/es/man8/apt-config.8.gz f 0644 0:0 size=2573 nlink=1 sha256=66fb4ec7ee415c37c914e0788df190b3f7d07e32d37a287275e325526f74c44b
/usr/share/man/es/man8/installkernel.8.gz f 0644 0:0 size=591 nlink=1 sha256=4c7dfd35c4156ba6f45c64bbffc3a317cf8752488020561a8ad853a434d0f364
/usr/share/man/es/man8/remove-shell.8.gz f 0644 0:0 size=418 nlink=1 sha256=de882220986de34a181af4ba69e92f15ba2fd5de67adc7c9c939aa2929650f43
/usr/share/man/es/man8/run-parts.8.gz f 0644 0:0 size=2133 nlink=1 sha256=cc31c1fd70bbea2588658db3426b7fa3d9db1338a264f191b0270e087add85d1
/usr/share/man/es/man8/savelog.8.gz f 0644 0:0 size=1688 nlink=1 sha256=2e3e8f3d2c52c7dfd7dae7ea5f2945568a1e6a9b715861cfe85c4e0320d4b024
/usr/share/man/es/man8/update-passwd.8.gz f 0644 0:0 size=1562 nlink=1 sha256=ed55797cedad49ff67da8a9e4254197ab92be5b31b76866c06545197ec7f63d8
/usr/share/man/fi d 0755 0:0
/usr/share/man/fi/man1 d 0755 0:0
/usr/share/man/fi/man1/chfn.1.gz f 0644 0:0 size=1067 nlink=1 sha256=0d104fde4ce5070e7f1477be68e549ea87acaebfb636f7d29bfc1e6915ee9b46
/usr/share/man/fi/man1/chsh.1.gz f 0644 0:0 size=984 nlink=1 sha256=e8ff32695de432dda2322128ff571ee7990ba6bb17fbb8da3647f09bebbd2c52
/usr/share/man/fr d 0755 0:0
/usr/share/man/fr/man1 d 0755 0:0
/usr/share/man/fr/man1/apt-transport-http.1.gz f 0644 0:0 size=3507 nlink=1 sha256=0c82a3220fc7efcc6786ce91d3835cb02a4a0a7fa0760006214cf38d541c4b3f
/usr/share/man/fr/man1/apt-transport-https.1.gz f 0644 0:0 size=3188 nlink=1 sha256=f01b3aaaf32043df2ea99b2485640abcacb310fb86372782e6c640bffdd41423
/usr/share/man/fr/man1/apt-transport-mirror.1.gz f 0644 0:0 size=3866 nlink=1 sha256=b1b85c1ef590f5780f6787a5ebdf7f73eec5831ef440cd205057b0c216803083
/usr/share/man/fr/man1/chage.1.gz f 0644 0:0 size=2489 nlink=1 sha256=01efd33ec24b2cdc90a8bff15cd8b07703fa6c60db00e411f63b0b95acab0a50
/usr/share/man/fr/man1/chfn.1.gz f 0644 0:0 size=1730 nlink=1 sha256=da183f81d2538eedf65f0f43adcf33f7422959aeb52c0233cdac1acc58810a8f
/usr/share/man/fr/man1/chsh.1.gz f 0644 0:0 size=1418 nlink=1 sha256=3f397761cefaca7d66f79cdbf4459ed79627f2925d56e6f9783cc5a5e609fa46
/usr/share/man/fr/man1/dpkg-deb.1.gz f 0644 0:0 size=5917 nlink=1 sha256=603716c6d6035e01d2296aa692edee5c8ab496e6d6589cb8af91f18f51e82c6b
/usr/share/man/fr/man1/dpkg-divert.1.gz f 0644 0:0 size=4028 nlink=1 sha256=ffeb5810935fa16d58aaa17a19d4325cbe9a50abc5fc0d9ad5f5c27de5a7fea3
/usr/share/man/fr/man1/dpkg-maintscript-helper.1.gz f 0644 0:0 size=5673 nlink=1 sha256=140a94f367c791e42a41dc4bc474891855d56a67799016a203cfec0f52ecf35c
/usr/share/man/fr/man1/dpkg-query.1.gz f 0644 0:0 size=7303 nlink=1 sha256=eac683be7f4df0fd832b1e795c2f27a8d2e93fe86eaa4a58b50bd9dcbf3eaba3
/usr/share/man/fr/man1/dpkg-realpath.1.gz f 0644 0:0 size=2203 nlink=1 sha256=f61a77ddbf5d627ce1513be0acbd93c8b51a34ffbc75a36f4f3c4658e32fa332
/usr/share/man/fr/man1/dpkg-split.1.gz f 0644 0:0 size=4774 nlink=1 sha256=ea32fcce4c674e067a014daedf89c8091728be4a7d22a2a8c49c39c7b5601a5d
/usr/share/man/fr/man1/dpkg-statoverride.1.gz f 0644 0:0 size=3972 nlink=1 sha256=3bc43d3d8f34d1f5fcd6bc070ec2f04ad224157bf8cfe4984913ec808a080763
/usr/share/man/fr/man1/dpkg-trigger.1.gz f 0644 0:0 size=3146 nlink=1 sha256=6943e6d367a63ba70cbea8dfd64f91242721ddaa10db465f2ef76bdef11ec3db
/usr/share/man/fr/man1/dpkg.1.gz f 0644 0:0 size=18862 nlink=1 sha256=1cd117b02b09439dec0c4f1599d59ea71ed2c1a141ead85c2624228a0ef21498
/usr/share/man/fr/man1/expiry.1.gz f 0644 0:0 size=910 nlink=1 sha256=53923f90bff2512a75fc6d41ee2f80c030162ad69f96f141f0725a01b934459a
/usr/share/man/fr/man1/gpasswd.1.gz f 0644 0:0 size=1592 nlink=1 sha256=fd79e2fd2531e5e6984bed541668118950727a8af0cbc179e99f67e77a399f11
/usr/share/man/fr/man1/login.1.gz f 0644 0:0 size=2567 nlink=1 sha256=3912474b63da642cbfb8e47744030e2bb8a152d7bed80c7fb3c9eacc265a1ebc
/usr/share/man/fr/man1/newgrp.1.gz f 0644 0:0 size=1196 nlink=1 sha256=8348a27358bbe0dd7d434c6cfd57721fe9a9ba1760fb18d155f5c2678c1b2d1d
/usr/share/man/fr/man1/passwd.1.gz f 0644 0:0 size=3745 nlink=1 sha256=0aeda18ed99691a248396d29b674eefb826d53024186e9ec3d2a4f7af4acabfc
/usr/share/man/fr/man1/sg.1.gz f 0644 0:0 size=1042 nlink=1 sha256=8bb678037c8a9b3b16e10b7f545492d63d35851c3b98828d3241c476f0a82ee0
/usr/share/man/fr/man1/update-alternatives.1.gz f 0644 0:0 size=7437 nlink=1 sha256=fa797f4453547600ab34fa8183980d0df7a2504a54aaa42e9ef19e3f672c0448
/usr/share/man/fr/man1/which.1.gz l 0777 0:0 -> /etc/alternatives/which.fr1.gz
/usr/share/man/fr/man1/which.debianutils.1.gz f 0644 0:0 size=864 nlink=1 sha256=23b7e5818c876d262b2f1d66081b9431aecbe09faaa461d851cb79c7625de92c
/usr/share/man/fr/man5 d 0755 0:0
/usr/share/man/fr/man5/adduser.conf.5.gz f 0644 0:0 size=4367 nlink=1 sha256=9615a01b0280f3239dd4d7a27b915e36ec62d37c4b8af09a977f34da10e6d972
/usr/share/man/fr/man5/apt.conf.5.gz f 0644 0:0 size=17477 nlink=1 sha256=52b285e6bedba05f28f4f3a7069a90f1d3093e63bfeeb3da738517e2e163c212
/usr/share/man/fr/man5/apt_auth.conf.5.gz f 0644 0:0 size=2809 nlink=1 sha256=f6ed458747e58ad397d40064b9c03dce7d986668241491e18bf21449d7217cec
/usr/share/man/fr/man5/apt_preferences.5.gz f 0644 0:0 size=8132 nlink=1 sha256=d93f7adfffc78f92f7713a6d480842f5740badead00f138a1d7ed4df1d7c6a4e
/usr/share/man/fr/man5/deluser.conf.5.gz f 0644 0:0 size=2001 nlink=1 sha256=083163af867e7ef81e6da479365e2c000f4dd28b1bdb0150fcf8b0c398814bc8
/usr/share/man/fr/man5/dpkg.cfg.5.gz f 0644 0:0 size=1541 nlink=1 sha256=608ecde927e13a638d3ed09c704d8acfe8f95e776d0e17c0fa16da4811028dda
/usr/share/man/fr/man5/faillog.5.gz f 0644 0:0 size=966 nlink=1 sha256=7fe83300634c9cd8db43f0256c29b161aed7ec06d41f486b3a12c6a965f94860
/usr/share/man/fr/man5/gshadow.5.gz f 0644 0:0 size=1461 nlink=1 sha256=1bba2cfbbfa22dba19db40336f3ac5d1565c889fb5b6685da57e9d09609759e4
/usr/share/man/fr/man5/login.defs.5.gz f 0644 0:0 size=2017 nlink=1 sha256=6788c58c82d38237c5d18ae22bce9f632864e75d27517f5b3b6c751d50748fd8
/usr/share/man/fr/man5/passwd.5.gz f 0644 0:0 size=1772 nlink=1 sha256=24b68f057df76bc0cfddd329c82398c9304d2e2915f22fa5baec0a1c1551efc5
/usr/share/man/fr/man5/shadow.5.gz f 0644 0:0 size=2298 nlink=1 sha256=e4565719d9c4486ca79d496a7194ea000488d3d89d6d148344626cef3fb21bd9
/usr/share/man/fr/man5/sources.list.5.gz f 0644 0:0 size=10575 nlink=1 sha256=09c0866a8cc1ce1136ac699cd0a7d158f54577d86045f0a3026372f436f0b19c
/usr/share/man/fr/man5/subgid.5.gz f 0644 0:0 size=1402 nlink=1 sha256=cda3e1a406861b115c1e9476133f88797ed71966b23fa0af2e49c17398cf8424
/usr/share/man/fr/man5/subuid.5.gz f 0644 0:0 size=1396 nlink=1 sha256=4232c56db4d0f421a8f0a943d826a5ff23d96013ae5ba3cd04cdee089c9f9533
/usr/share/man/fr/man8 d 0755 0:0
/usr/share/man/fr/man8/add-shell.8.gz f 0644 0:0 size=748 nlink=1 sha256=b6c1fcb67f75505a8f07c12f805c662340d2bad30ba4c0fdd994d436de35b13d
/usr/share/man/fr/man8/adduser.8.gz f 0644 0:0 size=7127 nlink=1 sha256=6b9ff6c1ed27c6024740cc93a83364fb2d87695ead19574f70debb9ae1102d9e
/usr/share/man/fr/man8/apt-cache.8.gz f 0644 0:0 size=6855 nlink=1 sha256=d49bea58c084864b4ad4a6057e9c5e8dfcd07210d6db2bf049d4cb7ae31a92d0
/usr/share/man/fr/man8/apt-cdrom.8.gz f 0644 0:0 size=2873 nlink=1 sha256=133382c07c44395c51fa1329382c30cb7c70e50f0aac801ab395edf2de813ae4
/usr/share/man/fr/man8/apt-config.8.gz f 0644 0:0 size=2586 nlink=1 sha256=8a78bb8aeb963c24463e68cdd4baeb74c3e1d889c96904c5ba5d337f1306d923
/usr/share/man/fr/man8/apt-get.8.gz f 0644 0:0 size=11027 nlink=1 sha256=c2ff8952bd2100e650ee4368008ff1b081108170e97f09d24ad466193a5f0313
/usr/share/man/fr/man8/apt-mark.8.gz f 0644 0:0 size=2946 nlink=1 sha256=c97c433a5f5d311a84620b5c689545e6a4cf409ece04fba7573c5115a820ec2d
/usr/share/man/fr/man8/apt-secure.8.gz f 0644 0:0 size=4823 nlink=1 sha256=d9092cc9da37f7f2a068d0df1e71ea90b686cd096a6ff3eeb02591e6f75009bc
/usr/share/man/fr/man8/apt.8.gz f 0644 0:0 size=3858 nlink=1 sha256=b446ad8e229e86184c0ecd2fd7ee6a6d7b46d203fd0576309e9ef7b3c4be3c83
/usr/share/man/fr/man8/chgpasswd.8.gz f 0644 0:0 size=1806 nlink=1 sha256=4fda32044188457d53ddee7f19b14582225c5889a5f767888296b6f25e7c936a
/usr/share/man/fr/man8/chpasswd.8.gz f 0644 0:0 size=1987 nlink=1 sha256=9110a60a13e7b7da14130fe9782e30748306162ba7870ee2461001a0015b1b61
/usr/share/man/fr/man8/deluser.8.gz f 0644 0:0 size=3654 nlink=1 sha256=a81789af6eaf19521e353281ce123f9a4fb6caf434dec689c19d5fab8bc24872
/usr/share/man/fr/man8/dpkg-fsys-usrunmess.8.gz f 0644 0:0 size=3418 nlink=1 sha256=590936e9e858afb0f0bad2b6c7cbe235ea246023314e8ff29433440832c01be5
/usr/share/man/fr/man8/faillog.8.gz f 0644 0:0 size=1814 nlink=1 sha256=1b67989858a7bfd1a10b9a80bdaffc19ab8ccd1485b70b856b3e53b30c0e1258
/usr/share/man/fr/man8/groupadd.8.gz f 0644 0:0 size=2696 nlink=1 sha256=1bbbbd0b0d139a5e4dba71afd5f636d688c6ca07a6a71c53974ca34a070daf93
/usr/share/man/fr/man8/groupdel.8.gz f 0644 0:0 size=1453 nlink=1 sha256=74c55bd0577d5f05c6e3ae07ccfcdab5ba85015c77a0e499069a79d9ce4365cb
/usr/share/man/fr/man8/groupmems.8.gz f 0644 0:0 size=1509 nlink=1 sha256=a2f379b0d54833ae814b7fab3173eeb14458704859897e1c12d96f0ad11f2c68
/usr/share/man/fr/man8/groupmod.8.gz f 0644 0:0 size=2173 nlink=1 sha256=0637440117cf4224bfa63a16df4cf50816f50f425b80f77f2f69d20363de2ae9
/usr/share/man/fr/man8/grpck.8.gz f 0644 0:0 size=1945 nlink=1 sha256=c91a38d6d8e70bb48cf67104ba211c2c941ba344b9cf49826620cb1e126ad346
/usr/share/man/fr/man8/grpconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/fr/man8/grpunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/fr/man8/installkernel.8.gz f 0644 0:0 size=849 nlink=1 sha256=f0a97d6e7193a8d3eac48df40a05b1f0f08cccd8eece40b0bb3b1f908b21c094
/usr/share/man/fr/man8/lastlog.8.gz f 0644 0:0 size=1959 nlink=1 sha256=023709b8922b7550b457060a55062b7ab0c066b8610a2028123c3657e4b5ce89
/usr/share/man/fr/man8/newusers.8.gz f 0644 0:0 size=2679 nlink=1 sha256=ae593e0db545917fb8beebde132850438c842e1ad293de1a236ed045f1b722ec
/usr/share/man/fr/man8/nologin.8.gz f 0644 0:0 size=796 nlink=1 sha256=f2d2b36f4a5c1380d87d3108753a7fe88d0664fdd5bdc4d3315f4eaca7356553
/usr/share/man/fr/man8/pwck.8.gz f 0644 0:0 size=2198 nlink=1 sha256=295a73ea159a30977b6a825c2f531b1af1838dbf5af3a8dea0c7e5d9f5f55988
/usr/share/man/fr/man8/pwconv.8.gz f 0644 0:0 size=1643 nlink=1 sha256=1a8df8988f2afbf528c7e30160e6e08949b4b990d32d6de200922a256b236828
/usr/share/man/fr/man8/pwunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/fr/man8/remove-shell.8.gz f 0644 0:0 size=735 nlink=1 sha256=19d9101f943b28c5e1d31d27009eef3edfea4a96366da0a3c6ff40f45eb45820
/usr/share/man/fr/man8/run-parts.8.gz f 0644 0:0 size=2405 nlink=1 sha256=3a743d50f23d488cf55985da6131564fb1917c54a442b54d401bf0581981ae75
/usr/share/man/fr/man8/savelog.8.gz f 0644 0:0 size=2044 nlink=1 sha256=eb5b7800639b4be492ee68da44353b28afa4795018f9faeb074dc59a90e4c686
/usr/share/man/fr/man8/start-stop-daemon.8.gz f 0644 0:0 size=6784 nlink=1 sha256=732077eb09447265546b02a660a68346da15924f7acdd52ddb5aa9209fc8571e
/usr/share/man/fr/man8/update-passwd.8.gz f 0644 0:0 size=1890 nlink=1 sha256=1bfc58d6d7cf649ecbceda29fd950fed51835b07f3403c784aec0a52613b0d32
/usr/share/man/fr/man8/useradd.8.gz f 0644 0:0 size=5695 nlink=1 sha256=67d72f16f604aff89d0b17740e0b6011f555e65ed04cdae26fad4a36ceb9bce1
/usr/share/man/fr/man8/userdel.8.gz f 0644 0:0 size=2470 nlink=1 sha256=7b05026a2b5ed64b3186f2c52ca1d0c208a4a5fb5e7d09d5aae63baad6ad16ff
/usr/share/man/fr/man8/usermod.8.gz f 0644 0:0 size=3989 nlink=1 sha256=7ae7de3ea4c3580f66007bb02e4956b54b486e50a7dea95a60a0ec4d4248c3ab
/usr/share/man/fr/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/fr/man8/vipw.8.gz f 0644 0:0 size=1239 nlink=1 sha256=01110d9fcd28ef331d188369050e30694965e0231e00dfaae0db5b3f1ff86840
/usr/share/man/hu d 0755 0:0
/usr/share/man/hu/man1 d 0755 0:0
/usr/share/man/hu/man1/chsh.1.gz f 0644 0:0 size=813 nlink=1 sha256=13a27805ab171aa6d6fc1c33ab766f0ef91e4e70fd50f3d57c871ace2885e5ab
/usr/share/man/hu/man1/gpasswd.1.gz f 0644 0:0 size=1028 nlink=1 sha256=11726b9df7c2df6592437cbadddde7b59bc48bfef272a8c48f3538320724f61c
/usr/share/man/hu/man1/login.1.gz f 0644 0:0 size=1930 nlink=1 sha256=37c0496a6dbcd705a43da41badfc9e2988582ce64f570ed7197f29d163ca6d9a
/usr/share/man/hu/man1/newgrp.1.gz f 0644 0:0 size=1116 nlink=1 sha256=fd20aaab1289b083de372dace04af8ac8d70443f43b11a65454fd281235a4c9a
/usr/share/man/hu/man1/passwd.1.gz f 0644 0:0 size=2990 nlink=1 sha256=257d513a26996cbf08aed8b3fe49e1c738527b2901f1b507410bb2b8b65ec66f
/usr/share/man/hu/man1/sg.1.gz l 0777 0:0 -> newgrp.1.gz
/usr/share/man/hu/man5 d 0755 0:0
/usr/share/man/hu/man5/dpkg.cfg.5.gz f 0644 0:0 size=1391 nlink=1 sha256=3f12acf27a09b98f3812fa107453f1766e8ae04a4e558625510b47f3d3285ea6
/usr/share/man/hu/man5/passwd.5.gz f 0644 0:0 size=1982 nlink=1 sha256=8459e1af074098ec2256f6e7a704005708de674eaaf678040f9245e2a0f98845
/usr/share/man/hu/man8 d 0755 0:0
/usr/share/man/hu/man8/lastlog.8.gz f 0644 0:0 size=985 nlink=1 sha256=cb975a8a32906738ac655c0bd3ed02f3244f30d34fa0f648c0cc88e806cfd233
/usr/share/man/id d 0755 0:0
/usr/share/man/id/man1 d 0755 0:0
/usr/share/man/id/man1/chsh.1.gz f 0644 0:0 size=758 nlink=1 sha256=34f01ccc036449b74b50a33d95c5388e32052f510d3c744b37bfd0536c9b690b
/usr/share/man/id/man1/login.1.gz f 0644 0:0 size=3969 nlink=1 sha256=0ae4fa0479573eb10451594e8bf460fa1fcec721e5e5ddfdcf9f383e8233812f
/usr/share/man/id/man8 d 0755 0:0
/usr/share/man/id/man8/useradd.8.gz f 0644 0:0 size=3174 nlink=1 sha256=05dbe60080b2348fce67e6dbae09a4dac3267c8a171b819801756610a6173c55
/usr/share/man/it d 0755 0:0
/usr/share/man/it/man1 d 0755 0:0
/usr/share/man/it/man1/chage.1.gz f 0644 0:0 size=2454 nlink=1 sha256=55c1096b6f8844f203b2c236dab5b1cf3a0cdc2fcac3d1610f37f3f64447c5f3
/usr/share/man/it/man1/chfn.1.gz f 0644 0:0 size=1694 nlink=1 sha256=4d492ddb8682ec36a5b681dd76ebd6e121f27bf7ea52956c360514ed845245d7
/usr/share/man/it/man1/chsh.1.gz f 0644 0:0 size=1374 nlink=1 sha256=6638181727dcaa7554f3570b3bcc1f751349b828e11e39373697a530d31feefd
/usr/share/man/it/man1/dpkg-split.1.gz f 0644 0:0 size=4578 nlink=1 sha256=0ac7699de96a65fb2df685b30f17c375e9f72feb8a9acae4ba3c15e84dc429e2
/usr/share/man/it/man1/expiry.1.gz f 0644 0:0 size=872 nlink=1 sha256=0460b44407859c37b3b575bac089b66a0513f3b030a47fc4b2abe6631802bc77
/usr/share/man/it/man1/gpasswd.1.gz f 0644 0:0 size=1585 nlink=1 sha256=7479a27cd0e5edb6e855f2fdad8c038a252180dd2703b3f30faab2f3a0c509e6
/usr/share/man/it/man1/login.1.gz f 0644 0:0 size=2497 nlink=1 sha256=3fc2738241bbd0e2967b0733370b55306bbc5ab28195fb0ed80380634264fd4a
/usr/share/man/it/man1/newgrp.1.gz f 0644 0:0 size=1190 nlink=1 sha256=5e876b072a19b772a0f45c7f947cbcf14e2013d035e3588949936dd0f8fa0fb7
/usr/share/man/it/man1/passwd.1.gz f 0644 0:0 size=3500 nlink=1 sha256=9d39ed0283cada6e1ecf068cbd97e90f4e7f9b8fbd9ca05e6a2aa0f427c51305
/usr/share/man/it/man1/sg.1.gz f 0644 0:0 size=1024 nlink=1 sha256=b44828f622c7aacbf843e49d696aec1abaa294467e8523de13d3b1de2c9420ba
/usr/share/man/it/man1/which.1.gz l 0777 0:0 -> /etc/alternatives/which.it1.gz
/usr/share/man/it/man1/which.debianutils.1.gz f 0644 0:0 size=553 nlink=1 sha256=9149ae69bf175f09f51276c004f0de415a110ea95919537f9fb93d269c3d6cb0
/usr/share/man/it/man5 d 0755 0:0
/usr/share/man/it/man5/apt.conf.5.gz f 0644 0:0 size=16551 nlink=1 sha256=49f18e43bf92de2c11c4ee7557a1513d7820f996edb015085cf801df46d9b44f
/usr/share/man/it/man5/apt_preferences.5.gz f 0644 0:0 size=8205 nlink=1 sha256=28ec73d3bff4c88a7d2fe55b744a822d526881d81d58699fbc7783d28cbb307b
/usr/share/man/it/man5/dpkg.cfg.5.gz f 0644 0:0 size=1368 nlink=1 sha256=c3414294d005e85c41dbeffd2caff59dd6b335877ca468e23091f4fb5055a2dd
/usr/share/man/it/man5/faillog.5.gz f 0644 0:0 size=990 nlink=1 sha256=46d120298f19637eb097eb89c5806cecdacdbcdeb68cf817c11e3085b8b51236
/usr/share/man/it/man5/gshadow.5.gz f 0644 0:0 size=1348 nlink=1 sha256=eeb48cc419c5d5eae6418f6669e7d6b34e1201f6a689d6f4427bb44819197f95
/usr/share/man/it/man5/login.defs.5.gz f 0644 0:0 size=1978 nlink=1 sha256=23898a7d52ef420d8ff0c048cbb855a6c0b35f816a1dc7c16c1076aa73c5512d
/usr/share/man/it/man5/passwd.5.gz f 0644 0:0 size=1695 nlink=1 sha256=9f60f5b9097ff4c4035499a1cd4544450d149c000a2125ff8796dbd706e6a99d
/usr/share/man/it/man5/shadow.5.gz f 0644 0:0 size=2119 nlink=1 sha256=67d81f4b7494dd022c638fb0702ac3c6bad4dfe3d1dc117b5a19a3f918e0ccf5
/usr/share/man/it/man5/sources.list.5.gz f 0644 0:0 size=10266 nlink=1 sha256=c5ed96897bfc39377df5cfc4c2fb7b7b8259aff229d47be866d74929df07430a
/usr/share/man/it/man8 d 0755 0:0
/usr/share/man/it/man8/add-shell.8.gz f 0644 0:0 size=435 nlink=1 sha256=5d0c3d94f11cd25bab5829167c4e24f50302c001aad5897e44ecf77a8452277d
/usr/share/man/it/man8/apt-cache.8.gz f 0644 0:0 size=6569 nlink=1 sha256=25225762a134feff84232ead0b78a764ada0c294462425d72b59f3d0f2d28cb9
/usr/share/man/it/man8/apt-cdrom.8.gz f 0644 0:0 size=2796 nlink=1 sha256=3d84229e2eb82f4e51f0508032e7fe44502960380d2ebdbd9f3486078f0d2e9a
/usr/share/man/it/man8/apt-config.8.gz f 0644 0:0 size=2446 nlink=1 sha256=9857a60086725109351e034c39ff6153ba7cd0f3b44e59b8038ca6081ce74553
/usr/share/man/it/man8/apt-get.8.gz f 0644 0:0 size=10747 nlink=1 sha256=d2a28528ce9b18a73a08fdd25342e44e680f2046895b346cc702244cc6b580ed
/usr/share/man/it/man8/apt-mark.8.gz f 0644 0:0 size=2908 nlink=1 sha256=39b2ee2a601a85eded862d4fb774714aec68b404a6ec6973f14790e15c39ceba
/usr/share/man/it/man8/apt-secure.8.gz f 0644 0:0 size=4831 nlink=1 sha256=373314915cc97e6ebd1eb6260e5dbeffc2e1a7a732ce33af922f12bf7d001f30
/usr/share/man/it/man8/apt.8.gz f 0644 0:0 size=3649 nlink=1 sha256=b859e5386ba7e7e1c22d8ec028194fd11d5ce75d1be07c7766fed094336193e4
/usr/share/man/it/man8/chgpasswd.8.gz f 0644 0:0 size=1749 nlink=1 sha256=69dddd4ff5e00726596bd38509fd6df54c26395cc0bded968575fa5d9a2a7b32
/usr/share/man/it/man8/chpasswd.8.gz f 0644 0:0 size=1926 nlink=1 sha256=c9f007ebcef38d02c3e5b0c883ecddd05a639f2ce7c085feb8f6faaed1cfd3d1
/usr/share/man/it/man8/faillog.8.gz f 0644 0:0 size=1802 nlink=1 sha256=53af874d3c7f1c66c3b59dd34085299d42f52e77b4da6fc1f53e5b6b52fd95cc
/usr/share/man/it/man8/groupadd.8.gz f 0644 0:0 size=2646 nlink=1 sha256=8cc9b268448df07a6ca2969c24e7e1b06f96987216a46872c15b27c10573b17e
/usr/share/man/it/man8/groupdel.8.gz f 0644 0:0 size=1455 nlink=1 sha256=edc788f94740fd311d55378995f645d836340d9832e98eec2e6fbb9d8c54bde2
/usr/share/man/it/man8/groupmems.8.gz f 0644 0:0 size=1533 nlink=1 sha256=f0748229c82af0eb67cdd2c4b02df19133cc491e24d64fd4163560ad13922907
/usr/share/man/it/man8/groupmod.8.gz f 0644 0:0 size=2145 nlink=1 sha256=81e185db96afb55a5d9259003f5a431dd440749c80a92e0ee161283cbc4edbc6
/usr/share/man/it/man8/grpck.8.gz f 0644 0:0 size=1935 nlink=1 sha256=e32e6decdcc135552c239e5ccff89f2fda4c69b3b33b53fd305598b19e027f3a
/usr/share/man/it/man8/grpconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/it/man8/grpunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/it/man8/installkernel.8.gz f 0644 0:0 size=552 nlink=1 sha256=cfaa5e9df37a3150fc70f0084706a7be630078f284c4879c9ce951516908d957
/usr/share/man/it/man8/lastlog.8.gz f 0644 0:0 size=1930 nlink=1 sha256=6173fc4c0b8d5053b4f5e50337e7cbf0f3d21b0e1970770c4f586b16f08f8a3f
/usr/share/man/it/man8/newusers.8.gz f 0644 0:0 size=2596 nlink=1 sha256=55ea2a0fb29c63265f1e82b62fb822414f7515cdaab93678ba102e1d170bf1af
/usr/share/man/it/man8/nologin.8.gz f 0644 0:0 size=793 nlink=1 sha256=50e5f075597f35ddab30b1ba4d4f0c696e65fa219b4fd37b6b28ee7561df4492
/usr/share/man/it/man8/pwck.8.gz f 0644 0:0 size=2108 nlink=1 sha256=08ccec3fb29a9b2e5acfb887adf7247bfda716871227b603ded5e66057060f07
/usr/share/man/it/man8/pwconv.8.gz f 0644 0:0 size=1603 nlink=1 sha256=78d44aa3d71082de8b3214f6de146ee0e1de6d63113ab0b6dfa05e8204583080
/usr/share/man/it/man8/pwunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/it/man8/remove-shell.8.gz f 0644 0:0 size=397 nlink=1 sha256=70749f87a2b7c83aa1e8338b5daed45128302242fec664426ed0c343a90ec810
/usr/share/man/it/man8/run-parts.8.gz f 0644 0:0 size=2091 nlink=1 sha256=62920933a4127f2615722b640d9eb8dd8afeb8e32e61f014629902a7262c15ba
/usr/share/man/it/man8/savelog.8.gz f 0644 0:0 size=1666 nlink=1 sha256=5aad44fa68916192679d6a4964b753749137f8822d26ebc2ce584fb9a1602f02
/usr/share/man/it/man8/useradd.8.gz f 0644 0:0 size=5572 nlink=1 sha256=9b1a9fe650644db49e02fc21b5f97146c48c01ed2202c7ff12a6f6617c0ed9af
/usr/share/man/it/man8/userdel.8.gz f 0644 0:0 size=2387 nlink=1 sha256=551612f4a37c70f1dcd74cb4707861245fec9607e52b9adf2e0c82d796017e1a
/usr/share/man/it/man8/usermod.8.gz f 0644 0:0 size=3951 nlink=1 sha256=764ebe794cca04d239f5c13e54fede268746f83b78c87047dd1daddf0caa7860
/usr/share/man/it/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/it/man8/vipw.8.gz f 0644 0:0 size=1249 nlink=1 sha256=b110e94c51fecc597b8b6c22fec7d5773020660316b316facb6e3191faf8bd2e
/usr/share/man/ja d 0755 0:0
/usr/share/man/ja/man1 d 0755 0:0
/usr/share/man/ja/man1/chage.1.gz f 0644 0:0 size=1688 nlink=1 sha256=75c420eeb05a7220ebd6511a8c1c06408e6efce8e37792f6e72912878e377e4f
/usr/share/man/ja/man1/chfn.1.gz f 0644 0:0 size=1072 nlink=1 sha256=abdfdd4a62a205cd7a8a445bf76892ffb5abf23fdb7005f6dc6463d1fbe87ced
/usr/share/man/ja/man1/chsh.1.gz f 0644 0:0 size=1094 nlink=1 sha256=0915bf043b57db35d52693135a5eeca8cc18301aefc668468a728ceb43e71176
/usr/share/man/ja/man1/dpkg-split.1.gz f 0644 0:0 size=5136 nlink=1 sha256=e33bfe7110a340a2dbd203cf4ef73d392aeaebb1620a3088caf171bea7b4c82d
/usr/share/man/ja/man1/expiry.1.gz f 0644 0:0 size=662 nlink=1 sha256=1f4aea38cb281c660f8ee3c3a5ee956ecafa0c4faeab75f7cc30c759dcc6cb1c
/usr/share/man/ja/man1/gpasswd.1.gz f 0644 0:0 size=1196 nlink=1 sha256=1ce09f83fa3327ab1d7e2ef42e3465621c0365824c896e2f7c3ed9a61db5731c
/usr/share/man/ja/man1/login.1.gz f 0644 0:0 size=2044 nlink=1 sha256=8711a068653ad680ee5cc12967584498126d93d0740db9baa528bd5c6c7ed4a8
/usr/share/man/ja/man1/newgrp.1.gz f 0644 0:0 size=1331 nlink=1 sha256=ac8fdbc03ec702dea60d7809852ac4bb00cc5b4f2821b625fd097679965d5eff
/usr/share/man/ja/man1/passwd.1.gz f 0644 0:0 size=3662 nlink=1 sha256=7088e3b1c4f16feeb7e7e293fd716e0ca8a70c0bc34da18e257a5a64fffd4192
/usr/share/man/ja/man1/sg.1.gz l 0777 0:0 -> newgrp.1.gz
/usr/share/man/ja/man1/which.1.gz l 0777 0:0 -> /etc/alternatives/which.ja1.gz
/usr/share/man/ja/man1/which.debianutils.1.gz f 0644 0:0 size=685 nlink=1 sha256=42a543bca5c1ca943d9c67cfd4bf32272e10df10060d4401002910af318837dc
/usr/share/man/ja/man5 d 0755 0:0
/usr/share/man/ja/man5/apt.conf.5.gz f 0644 0:0 size=17193 nlink=1 sha256=1975f17eb3f9f291ce6788490a2c7769b57d78558bedbf186112d0fc6ce76c7e
/usr/share/man/ja/man5/apt_preferences.5.gz f 0644 0:0 size=8397 nlink=1 sha256=633dae5040005888755600fc9ac414409d5a651bf764ed10147274e63276e2ae
/usr/share/man/ja/man5/dpkg.cfg.5.gz f 0644 0:0 size=1697 nlink=1 sha256=089a7054d61a0f33cdd215b94d6c30f1a195f6401d9bad779007023c0cfcc10f
/usr/share/man/ja/man5/faillog.5.gz f 0644 0:0 size=806 nlink=1 sha256=14567589688412c2bd6ab70106984183c4f2baabb5ec3354f41d0a12a22457db
/usr/share/man/ja/man5/login.defs.5.gz f 0644 0:0 size=2669 nlink=1 sha256=517961e49c9c7cb35659df44df94f2c7c6a5c8abae5731946ce2a89ca1d1d43f
/usr/share/man/ja/man5/passwd.5.gz f 0644 0:0 size=1536 nlink=1 sha256=f87884fce24eafc79774aa9d35a9898595227eb412c94c5e611ab22f47db0fc7
/usr/share/man/ja/man5/shadow.5.gz f 0644 0:0 size=1365 nlink=1 sha256=3d54e1e28be271c2f446fd1f079ba5f2ad1cbc97fe3a463099b5072a2e43108e
/usr/share/man/ja/man5/sources.list.5.gz f 0644 0:0 size=10842 nlink=1 sha256=8b50c4491f422f22eb440c10be54b19f6e2c9a8053552d7b67dcaa39729a6f01
/usr/share/man/ja/man8 d 0755 0:0
/usr/share/man/ja/man8/add-shell.8.gz f 0644 0:0 size=574 nlink=1 sha256=eb4b748a5c9566d9a2bdc80ae3d88451693a8f820b4f7a2bd12fbf3d519af00f
/usr/share/man/ja/man8/apt-cache.8.gz f 0644 0:0 size=6908 nlink=1 sha256=0d9c2979fe978fea930b9b32ffa21a2d53fcb099d83179844dcf6c8d3c7fbcb6
/usr/share/man/ja/man8/apt-cdrom.8.gz f 0644 0:0 size=2959 nlink=1 sha256=1d2e08bb20624fac93832a7a1db9e47e26e7977dae90e6a34730801a947eb625
/usr/share/man/ja/man8/apt-config.8.gz f 0644 0:0 size=2536 nlink=1 sha256=9e7f8d058b673bf798b8befca3f4253187b06f5a0e3530f01c7180d3fe1a43e5
/usr/share/man/ja/man8/apt-get.8.gz f 0644 0:0 size=11234 nlink=1 sha256=7260473b0760f446741eccec0954ab793962d6e0afd9597ab7e05367107f023b
/usr/share/man/ja/man8/apt-mark.8.gz f 0644 0:0 size=2914 nlink=1 sha256=6e2bb13e04e703dc2e5c0cd7db9696ae2229a37f7b4e751a141236032bc690e6
/usr/share/man/ja/man8/apt-secure.8.gz f 0644 0:0 size=5239 nlink=1 sha256=302433f064c85c2fbdbd9eae1b30b5a12e3c990c343c0f2e5c652de397536e73
/usr/share/man/ja/man8/apt.8.gz f 0644 0:0 size=3900 nlink=1 sha256=44ef87ca702c7660aa7c66f01b6d8c9a10d266dfb68d88391231b39f02eda419
/usr/share/man/ja/man8/chpasswd.8.gz f 0644 0:0 size=1114 nlink=1 sha256=b84731fa83090a10323fa4154e8f3d417e53351c6c80dc475fa4395b2a9ca014
/usr/share/man/ja/man8/faillog.8.gz f 0644 0:0 size=1500 nlink=1 sha256=840d585c27fd2c46e4a6d1fa4fddff8932cb87d0fd449ac877d00aec36548e47
/usr/share/man/ja/man8/groupadd.8.gz f 0644 0:0 size=948 nlink=1 sha256=74e2fb0811d843936a792efe9e3340301839caf77a13de3da47f20fcdabc5960
/usr/share/man/ja/man8/groupdel.8.gz f 0644 0:0 size=787 nlink=1 sha256=25c65b56b9d4bf67734ebbfcbcc2d363957690950fb996012f07a9485a5bec36
/usr/share/man/ja/man8/groupmod.8.gz f 0644 0:0 size=949 nlink=1 sha256=60430531651a1087a86b6c1423de07d0d7476bfa5427c0ac57e113aa0316ff25
/usr/share/man/ja/man8/grpck.8.gz f 0644 0:0 size=1584 nlink=1 sha256=132dd4176350bdc864019b57cf43259e4a4cf5644d4dc2ac6c0e8245cc30b9b8
/usr/share/man/ja/man8/grpconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/ja/man8/grpunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/ja/man8/installkernel.8.gz f 0644 0:0 size=708 nlink=1 sha256=e7014cf2820fc9b2e854f3703124a1913bb51e01867e9d2082091a608584d2c9
/usr/share/man/ja/man8/lastlog.8.gz f 0644 0:0 size=1235 nlink=1 sha256=07fe700aeefe1d1abfc7d55c18ae87f5478d4cdd79a5568ae8955c2c52c5d0c4
/usr/share/man/ja/man8/newusers.8.gz f 0644 0:0 size=1091 nlink=1 sha256=ca457da93afbf8fc3aac7c2cc38c25c13a1d6ba794ea82efab9cc91eae029757
/usr/share/man/ja/man8/pwck.8.gz f 0644 0:0 size=1607 nlink=1 sha256=0bc7d0f37d78327e7052448aaf64d068357785e9c66581ab3b29992334152848
/usr/share/man/ja/man8/pwconv.8.gz f 0644 0:0 size=1332 nlink=1 sha256=da984d930a18f1884c7f1bd9d472551eb5631b46590f23822f88238985123c92
/usr/share/man/ja/man8/pwunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/ja/man8/remove-shell.8.gz f 0644 0:0 size=559 nlink=1 sha256=48636a3917fa48d89021c96cff5ef674cfeee47d8414a112d7fbe5f4d4245f94
/usr/share/man/ja/man8/run-parts.8.gz f 0644 0:0 size=2299 nlink=1 sha256=b3282bb14c9804f103af347cacec5603cce554bc4cc5ea2590b62bc60f746f14
/usr/share/man/ja/man8/savelog.8.gz f 0644 0:0 size=1839 nlink=1 sha256=1caba2915d754df9fed7f00f33980799108cc59bc954ba5f0ef714bb566c5b26
/usr/share/man/ja/man8/update-passwd.8.gz f 0644 0:0 size=1810 nlink=1 sha256=918409b88210aaf4cde477296a7bb932f9843bd83f5b763ef51a34c90a05c6f6
/usr/share/man/ja/man8/useradd.8.gz f 0644 0:0 size=2435 nlink=1 sha256=81d7c9f3501728a94be789f03d74aadc546d87e8ca88beff607e1238bc7b4d91
/usr/share/man/ja/man8/userdel.8.gz f 0644 0:0 size=1063 nlink=1 sha256=8a5f65a89685ad3500ab775f2f95ef00ada40f7907a309e53613bf6ea26c2b3b
/usr/share/man/ja/man8/usermod.8.gz f 0644 0:0 size=2205 nlink=1 sha256=d995cd569439c641a871dc8a27396c10009b520dbe2dc91ff96324f254e7212c
/usr/share/man/ja/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/ja/man8/vipw.8.gz f 0644 0:0 size=694 nlink=1 sha256=0e6b1dce53bef6c43ff2387bde2c8ff503febd3db32752eda020985f429d4128
/usr/share/man/ko d 0755 0:0
/usr/share/man/ko/man1 d 0755 0:0
/usr/share/man/ko/man1/chfn.1.gz f 0644 0:0 size=943 nlink=1 sha256=0805561cea49614d2e7e5ab14387373630257751f9a47007f1eaa8d9efcb4cb3
/usr/share/man/ko/man1/chsh.1.gz f 0644 0:0 size=815 nlink=1 sha256=44375cbd75830ab49a71c82660a7edc4953dac2fe8bcc86fcfa80b40c3d770a0
/usr/share/man/ko/man1/login.1.gz f 0644 0:0 size=4325 nlink=1 sha256=42615463ddaedc28c0ae25793b6f2f2d348f14d6977ee28ca4e631f83a037ce9
/usr/share/man/ko/man5 d 0755 0:0
/usr/share/man/ko/man5/passwd.5.gz f 0644 0:0 size=2532 nlink=1 sha256=39553a07e2a992a9b1feacf21273a870153ecd67d587af3a4a04daa35c4c1b68
/usr/share/man/ko/man8 d 0755 0:0
/usr/share/man/ko/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/ko/man8/vipw.8.gz f 0644 0:0 size=619 nlink=1 sha256=dd674b5e53c53a08411997cdf7f3f055fa87603a8f403fc002e0891e0fe1ca66
/usr/share/man/man1 d 0755 0:0
/usr/share/man/man1/[.1.gz l 0777 0:0 -> test.1.gz
/usr/share/man/man1/apt-transport-http.1.gz f 0644 0:0 size=2898 nlink=1 sha256=1c6fd2f35d882393b01af7794366bf4d9d1f997944c5a4edf35ea0e3327af5e6
/usr/share/man/man1/apt-transport-https.1.gz f 0644 0:0 size=2625 nlink=1 sha256=de75c006ad7f4e88efd87bee272da86bace43c7321fcb60ea363d91d2f0f13de
/usr/share/man/man1/apt-transport-mirror.1.gz f 0644 0:0 size=3144 nlink=1 sha256=2fb727fa906f941726f3414e16b478a01fd8cc71b488a085aa337013a91eb884
/usr/share/man/man1/arch.1.gz f 0644 0:0 size=687 nlink=1 sha256=2899dda25938f429455adb31eef54a3387f3746930ebfb08e8b84753707b2bd7
/usr/share/man/man1/awk.1.gz l 0777 0:0 -> /etc/alternatives/awk.1.gz
/usr/share/man/man1/b2sum.1.gz f 0644 0:0 size=1345 nlink=1 sha256=8ebf0321a392e4eff68f3bc99a456aabd22acb27ed09aa160a6a8edac78bc635
/usr/share/man/man1/base32.1.gz f 0644 0:0 size=977 nlink=1 sha256=933621464f32a0e3846aa65a053ac2ae9b3616fda3438ec0fc25a5ec73f2f8ec
/usr/share/man/man1/base64.1.gz f 0644 0:0 size=977 nlink=1 sha256=534d43803fad273c91b657d7d1e34dc3c5341406bb2f12625d6c27fc615d3764
/usr/share/man/man1/basename.1.gz f 0644 0:0 size=966 nlink=1 sha256=21cb73d65262e74651907fd07091d54ce2e7116be6d7c3b30c33a9766c9ca472
/usr/share/man/man1/basenc.1.gz f 0644 0:0 size=1342 nlink=1 sha256=15270fb4847e92eb690366d91f3fed3ddb09291da23cc6b1be63b3d8c3763029
/usr/share/man/man1/bash.1.gz f 0644 0:0 size=97471 nlink=1 sha256=3ca7a67df55bd2f80a2de111f8d44df359f7a795573aaaadce09a52a22bcedeb
/usr/share/man/man1/bashbug.1.gz f 0644 0:0 size=804 nlink=1 sha256=d36c9dc712a5ef4a713ec01c42bf2e0cceb04e770c995e06c75ed13a72256136
/usr/share/man/man1/captoinfo.1.gz f 0644 0:0 size=3017 nlink=1 sha256=e6af2dcbd55225503ea34be879f1568a53f6170ec4b80dd99ef36226279f29d1
/usr/share/man/man1/cat.1.gz f 0644 0:0 size=997 nlink=1 sha256=5e315435163c280055c72889763262f617b3f27695b53e7bade670f9347ac370
/usr/share/man/man1/chage.1.gz f 0644 0:0 size=2261 nlink=1 sha256=3a6b3c5e20570069eea420bb248f01fe8e600f302498253c62a44ba2d2abc408
/usr/share/man/man1/chattr.1.gz f 0644 0:0 size=3480 nlink=1 sha256=a9634caedd539b2d05e03f2e3206a035c7de4a13e5b3d8a1dc0adad85f6639f3
/usr/share/man/man1/chcon.1.gz f 0644 0:0 size=1282 nlink=1 sha256=49b32e0b3d19e76516a45bfd2e556d7ce23af1ab940b2a3252e84e07768782d8
/usr/share/man/man1/chfn.1.gz f 0644 0:0 size=1818 nlink=1 sha256=6e9868dd102bd9174413c1549a0cde1074c12a2b6fdcb869997e634fa7ae563a
/usr/share/man/man1/chgrp.1.gz f 0644 0:0 size=1277 nlink=1 sha256=1b113473049ba61f97199709d0fa50ed6d2603cbc2dffd2a6a4f70de0904d7af
/usr/share/man/man1/chmod.1.gz f 0644 0:0 size=2712 nlink=1 sha256=adba4760ca38854babfd3283a944282ecde59911bcf995b64a4ec2a1e07d610b
/usr/share/man/man1/choom.1.gz f 0644 0:0 size=1662 nlink=1 sha256=1be6d9a19c31359daafa47f4c53f44cb87265d065e71ebfee9a3c2d9fa95712b
/usr/share/man/man1/chown.1.gz f 0644 0:0 size=1793 nlink=1 sha256=5e992841c32eb45d509f6206d0b5ae82b6a740d09f49a3c4b1e2351e2b536b0a
/usr/share/man/man1/chrt.1.gz f 0644 0:0 size=2147 nlink=1 sha256=c86d5d3c94f44621394fa8c03ace3d34d77fceb040e125d384b237a40f9cb5da
/usr/share/man/man1/chsh.1.gz f 0644 0:0 size=1306 nlink=1 sha256=7f719eedea24337bfa75278fd0179361d6b574444ce5a0837bf7c52e9f089d92
/usr/share/man/man1/cksum.1.gz f 0644 0:0 size=1405 nlink=1 sha256=6d0e79d8ee631e88e424a4879c3c2c131797d89e5c101022761729d67d9b896b
/usr/share/man/man1/clear.1.gz f 0644 0:0 size=2725 nlink=1 sha256=1fbaa1554b98676de3a0a8be9ec10b810958d80d180d273200cb44b357f0190a
/usr/share/man/man1/clear_console.1.gz f 0644 0:0 size=1194 nlink=1 sha256=775fad1890881fcdafcf29fa08bb3ad28cf7aba2c8c18830158c783ff2679861
/usr/share/man/man1/cmp.1.gz f 0644 0:0 size=1180 nlink=1 sha256=39496dd067dd27424e8ab995d29a729a00eba7299a04101e68d84748d36d6e47
/usr/share/man/man1/comm.1.gz f 0644 0:0 size=1116 nlink=1 sha256=68ed1c409c0165f8cdcedcf58720275174140a3e1991c27d970a42b098a1621c
/usr/share/man/man1/cp.1.gz f 0644 0:0 size=2323 nlink=1 sha256=93794bbc8bd6ca97c0ea63567317afce4f8952ad80d4b5fd2c8db4467ead92ca
/usr/share/man/man1/csplit.1.gz f 0644 0:0 size=1187 nlink=1 sha256=27bdff2ed3ef00bea585f7d03d1c54a184f5d5e2d3973ebf7d50b49459f4d661
/usr/share/man/man1/cut.1.gz f 0644 0:0 size=1237 nlink=1 sha256=18f3a30f31bcd5868a45dbc9c1f295f97d9f56db1c61c69dbf133d1dd23c88ff
/usr/share/man/man1/dash.1.gz f 0644 0:0 size=21634 nlink=1 sha256=2eac3c46caec8fdbf4039e1766bcf0c27ed40820557eb0264fa5381d44c15059
/usr/share/man/man1/date.1.gz f 0644 0:0 size=2732 nlink=1 sha256=3b4dc634c372ba3f3938d7fffcdd44b21043e46a5e5dca388cef379a7a0ef8a6
/usr/share/man/man1/dd.1.gz f 0644 0:0 size=1844 nlink=1 sha256=9f7db3c0457723e8f90b23e0bde211cc371b39ddf0a835392b30cc96e17821d4
/usr/share/man/man1/deb-systemd-helper.1p.gz f 0644 0:0 size=2077 nlink=1 sha256=6d9a5ccd5cdb51ba9560c32ac953c8ae6c3f2652e5a7c41913971f788c1b6b76
/usr/share/man/man1/deb-systemd-invoke.1p.gz f 0644 0:0 size=1428 nlink=1 sha256=e74698c3c7b354df11348a55efe6526f016802298ace58ea841249bcb00026ed
/usr/share/man/man1/debconf-apt-progress.1.gz f 0644 0:0 size=3000 nlink=1 sha256=14a6eacf6d0ede57a95109c749f5bd6869031aee9233fea11de9e8c4247bc211
/usr/share/man/man1/debconf-communicate.1.gz f 0644 0:0 size=1620 nlink=1 sha256=16722f91d503d63025e3d6179b60758d884fe600dc3fae62e00ed25e7fe91948
/usr/share/man/man1/debconf-copydb.1.gz f 0644 0:0 size=2156 nlink=1 sha256=357bbed9c93d8048a6e50ffedf83795c82e6a7c70f78f95592840e087a0a55a7
/usr/share/man/man1/debconf-escape.1.gz f 0644 0:0 size=1455 nlink=1 sha256=e50bda0be3d7aa76fd0298b4fdc771f694d11010aa39045d08fc092ebe835a08
/usr/share/man/man1/debconf-set-selections.1.gz f 0644 0:0 size=2151 nlink=1 sha256=60e74cc5fc7c25c6fefc1dca25a51ae5800b01b3d9d5d252884866aa89b643f4
/usr/share/man/man1/debconf-show.1.gz f 0644 0:0 size=1569 nlink=1 sha256=c0b8fbf4a95de423721864aa4afa563146f04dc10c231212e248e506e54258b6
/usr/share/man/man1/debconf.1.gz f 0644 0:0 size=1904 nlink=1 sha256=0230732ab4d4651d2554822c0878857165a9fc5f137a2a824ba4b552ad530807
/usr/share/man/man1/df.1.gz f 0644 0:0 size=1855 nlink=1 sha256=128ab2605679b919bc36651d433a7d335577146bd6aaaff822f83816bd577519
/usr/share/man/man1/diff.1.gz f 0644 0:0 size=2654 nlink=1 sha256=8a7ded15e556fe499be786e45b15a7075d3e1133805ef5e447332ef32b8d1243
/usr/share/man/man1/diff3.1.gz f 0644 0:0 size=1356 nlink=1 sha256=e6ccfe43a7d7790a2c3bb2afdd8b7b34926d1a247404a85a361faf28738c7b75
/usr/share/man/man1/dir.1.gz f 0644 0:0 size=3243 nlink=1 sha256=2f45bf064d42ddc6e8314df881020d77fd58fed5716e628c214e8fee96574930
/usr/share/man/man1/dircolors.1.gz f 0644 0:0 size=896 nlink=1 sha256=d208068135fc97d5ee578691700b879ef1e6f7e8b677bb7388a765ca0e1ca184
/usr/share/man/man1/dirname.1.gz f 0644 0:0 size=868 nlink=1 sha256=7e999814f611690a0c0362dded8a83446024efa190408592966b30ce2d3e18b8
/usr/share/man/man1/dmesg.1.gz f 0644 0:0 size=3669 nlink=1 sha256=e4fa86297d0626cd1ec8e0c26376ea561bdda3d3009bcd085539c94ed386f008
/usr/share/man/man1/dnsdomainname.1.gz l 0777 0:0 -> hostname.1.gz
/usr/share/man/man1/domainname.1.gz l 0777 0:0 -> hostname.1.gz
/usr/share/man/man1/dpkg-deb.1.gz f 0644 0:0 size=5301 nlink=1 sha256=5fddee8e84b6446e63b92d6058d058506ac3ef28fa4cf5eb85e43caa93dfbffe
/usr/share/man/man1/dpkg-divert.1.gz f 0644 0:0 size=3616 nlink=1 sha256=32a961d6047a85d095dd115d457801cd0bfcb32c0182f3750fba01fd56c0cd5f
/usr/share/man/man1/dpkg-maintscript-helper.1.gz f 0644 0:0 size=5010 nlink=1 sha256=adea5de470cdf0728995daca7b8f9cb942df0616644cd6c0aa58bdd5f46d3f82
/usr/share/man/man1/dpkg-query.1.gz f 0644 0:0 size=6469 nlink=1 sha256=ff45af87991281d37fe7f77b57c1243f1f7f2ea3a6664120b93ec3789a664ffa
/usr/share/man/man1/dpkg-realpath.1.gz f 0644 0:0 size=1903 nlink=1 sha256=4ceda763870f734ca20aa90b4fd06bf8441a56626d0caadb42f6b8c4528d495d
/usr/share/man/man1/dpkg-split.1.gz f 0644 0:0 size=4226 nlink=1 sha256=889f83ca9bda4d47a0563d76de87095878b23261c352d7e41aab87a2527641b7
/usr/share/man/man1/dpkg-statoverride.1.gz f 0644 0:0 size=3422 nlink=1 sha256=bdd23bf266068378336cdb33fbf44847929fd8ce70c52a4adaf5c14329798c07
/usr/share/man/man1/dpkg-trigger.1.gz f 0644 0:0 size=2702 nlink=1 sha256=e329bbdb61b4839f5ed085b9a7af2781be241a978da40cc8703263ac5c5b9778
/usr/share/man/man1/dpkg.1.gz f 0644 0:0 size=16843 nlink=1 sha256=860fdbf3536b08c49fd49711f97c53a460d3cb16d8ecd945b8506fc856213248
/usr/share/man/man1/du.1.gz f 0644 0:0 size=2277 nlink=1 sha256=5195895ef3fa2fe1ec131af83f2ea21dc658256c76f21299f73890546a368970
/usr/share/man/man1/echo.1.gz f 0644 0:0 size=1104 nlink=1 sha256=fb6ed50002c33bd922a5a2ca7905c81b5eb85956cf3613f38b9ca568e3331281
/usr/share/man/man1/egrep.1.gz l 0777 0:0 -> grep.1.gz
/usr/share/man/man1/env.1.gz f 0644 0:0 size=1825 nlink=1 sha256=d759c37e460c99a47d514d6b0aaa5a83627d4d67188f33560337218b5ddc8c22
/usr/share/man/man1/expand.1.gz f 0644 0:0 size=977 nlink=1 sha256=44a47883264b042e88e69a4d08e4bd70e9b2a36cad0dbcf8ec360638fe5f0a35
/usr/share/man/man1/expiry.1.gz f 0644 0:0 size=831 nlink=1 sha256=146ffaafc9b5e3bfbde91f7a91c97241917942aeffce91775a3c42f2f23853af
/usr/share/man/man1/expr.1.gz f 0644 0:0 size=1318 nlink=1 sha256=d63f7eb45b91e71345387b74a6fcdf89dfc26ada6297267c4faccd8ad1255a74
/usr/share/man/man1/factor.1.gz f 0644 0:0 size=730 nlink=1 sha256=9d76ce708dccb0823fe6710b70e0864d8eb2f201cfb03ff39974b6628bfc6415
/usr/share/man/man1/fallocate.1.gz f 0644 0:0 size=2526 nlink=1 sha256=58e27edf0ea0b2d2a43fa5811160ec0fce232ede17d1e2365a1098c9b5360cec
/usr/share/man/man1/false.1.gz f 0644 0:0 size=781 nlink=1 sha256=3de2218eab80eac72922bdbc831d6a4b8b8f1a38f4fe6a462def6cfd9fa26cef
/usr/share/man/man1/fgrep.1.gz l 0777 0:0 -> grep.1.gz
/usr/share/man/man1/fincore.1.gz f 0644 0:0 size=1438 nlink=1 sha256=c6635bb679e437cb612b12faa159b97160e636f076aadeada6fdda9a30f169b1
/usr/share/man/man1/find.1.gz f 0644 0:0 size=24263 nlink=1 sha256=7e538859d64a6ed2639ce9a4251e259b5b7b0753e493c767c1488aed32540e90
/usr/share/man/man1/flock.1.gz f 0644 0:0 size=2854 nlink=1 sha256=f0c4b369ae748ab67c06c08f25a2620361dc7b29392e880e9a38cd92cd75a61c
/usr/share/man/man1/fmt.1.gz f 0644 0:0 size=1063 nlink=1 sha256=72827eaf84a407eb94a5b75238cc8aacff6389ff508cb65b5c9b65cabe6afeb4
/usr/share/man/man1/fold.1.gz f 0644 0:0 size=832 nlink=1 sha256=6fa793e721d1bd47782552d6a1eac1d759dde2b933a29e17c58e14780d4afee1
/usr/share/man/man1/getconf.1.gz f 0644 0:0 size=2346 nlink=1 sha256=ec3d91ae40cbbf7aafb047a4799c25e00a04d340c0febe83d72f66ca2dfc7dc0
/usr/share/man/man1/getopt.1.gz f 0644 0:0 size=4739 nlink=1 sha256=3279f4a9bd66d318a4ce7baca72f7f6934389c9243b699c7dd06c8f112b2837b
/usr/share/man/man1/gpasswd.1.gz f 0644 0:0 size=2644 nlink=1 sha256=35de9ddffe74b132b8e04ca7168a4534dec01343c0d95c3ba67225344035f970
/usr/share/man/man1/gpgv.1.gz f 0644 0:0 size=2517 nlink=1 sha256=6ff761c83546ec744928ef1dd912978c2983554fb234b4ed7474daca5b934a7f
/usr/share/man/man1/grep.1.gz f 0644 0:0 size=11127 nlink=1 sha256=ac48e22348240a1b740a823ec2c1dc9b6ae6e977f678f1a8d00dfb4bc6f90800
/usr/share/man/man1/groups.1.gz f 0644 0:0 size=755 nlink=1 sha256=c87fde0825f2431b0807a47438ca791441e435394d895105587edc618620e096
/usr/share/man/man1/gunzip.1.gz l 0777 0:0 -> gzip.1.gz
/usr/share/man/man1/gzexe.1.gz f 0644 0:0 size=760 nlink=1 sha256=bbf348e30c6776041a8d284be12b6ed8d4298a09e9f0ecd63cca644a4658c9eb
/usr/share/man/man1/gzip.1.gz f 0644 0:0 size=6422 nlink=1 sha256=7c76a9c1e535e82ed11acd7eae69c2138598c3decfe8e1629387809c6ba42a97
/usr/share/man/man1/hardlink.1.gz f 0644 0:0 size=3220 nlink=1 sha256=e7e4febbfcc2d7291394df9831e1a9700ef9d804394666f4769dd7237b4b50d4
/usr/share/man/man1/head.1.gz f 0644 0:0 size=1101 nlink=1 sha256=11045938788a43f27b06bc38ecc51dd49052b01c043db9f2da5378b5e6203000
/usr/share/man/man1/hostid.1.gz f 0644 0:0 size=683 nlink=1 sha256=da3e894a1d4be3d04c23ccfc647a20efd2c7f0ffc21fbb2d11e294faaade8d41
/usr/share/man/man1/hostname.1.gz f 0644 0:0 size=2715 nlink=1 sha256=438a42582676b3bb1be0171bb4562fb137d774e6d201363801012a1623c6d7cd
/usr/share/man/man1/id.1.gz f 0644 0:0 size=962 nlink=1 sha256=2839c7111effef181471fc755413aa27229d9d3f0617b2de47791b4857215691
/usr/share/man/man1/infocmp.1.gz f 0644 0:0 size=8198 nlink=1 sha256=09bb7d833e807d88611a9680c11ce9069684c681e6113d24b2fcf0a8a78bd974
/usr/share/man/man1/infotocap.1.gz f 0644 0:0 size=1641 nlink=1 sha256=ff76e42e487b6069d4eb7ac5c1846a5c5a016ba73f6579187c197c41668cb77c
/usr/share/man/man1/install.1.gz f 0644 0:0 size=1867 nlink=1 sha256=6e9bef2047cff99810a4362b21c179cef999f83ad1aef7533ab26296bbe5c6f1
/usr/share/man/man1/ionice.1.gz f 0644 0:0 size=2179 nlink=1 sha256=e33b19c6558e76612ee29c8ad1b37df7dce04f46953a52b030b2eb59ce51c905
/usr/share/man/man1/ipcmk.1.gz f 0644 0:0 size=1083 nlink=1 sha256=211816fdccac672b27e3cc167b70d0407f9a79c59b59eaf627508db9e94d4409
/usr/share/man/man1/ipcrm.1.gz f 0644 0:0 size=1865 nlink=1 sha256=478d218fb9516a3315c357b2f51ca3b934c74e1723acda3365ea3b0beb6e7658
/usr/share/man/man1/ipcs.1.gz f 0644 0:0 size=1907 nlink=1 sha256=6c520d7082d673441f6a33662910b244f6c9e0e7d3fcd3e7d063def194d2f598
/usr/share/man/man1/ischroot.1.gz f 0644 0:0 size=445 nlink=1 sha256=47a84fefee99af0d3999bc1348e084bb2516a5c4477b986845a6c909cc7af39b
/usr/share/man/man1/join.1.gz f 0644 0:0 size=1571 nlink=1 sha256=4ea8dce8182c9c8c1aebc58df35c1a0b76e7ac749ef1b72f70b8b860c2f70400
/usr/share/man/man1/last.1.gz f 0644 0:0 size=2366 nlink=1 sha256=e31aae24264e5b265627ed62cd83353cdd5ff669054a8cbc54f5976c6dba84bf
/usr/share/man/man1/lastb.1.gz l 0777 0:0 -> last.1.gz
/usr/share/man/man1/link.1.gz f 0644 0:0 size=683 nlink=1 sha256=165df03e347c55b0527955491737e2b77f701c9e703e050af6a396ffb7eb5b1e
/usr/share/man/man1/ln.1.gz f 0644 0:0 size=1713 nlink=1 sha256=2f67d6199d35ce29f4f6b8b997a845d27b75e1fac6a6de20330f4f14df1c08be
/usr/share/man/man1/logger.1.gz f 0644 0:0 size=5234 nlink=1 sha256=4ab1cf28edfdb70fcda4096c357cd9b334fd5829cccbadcb6fcf4c60eec7195b
/usr/share/man/man1/login.1.gz f 0644 0:0 size=3680 nlink=1 sha256=9fe06ea1379512c0228cea07cb69b6b6c3861d0cfe7f02d843fc0cd599f28fd8
/usr/share/man/man1/logname.1.gz f 0644 0:0 size=664 nlink=1 sha256=dd64836b8fc7026bb37aa071fdd96e5371c3271086bc3b2f066cfc96cf196ada
/usr/share/man/man1/ls.1.gz f 0644 0:0 size=3248 nlink=1 sha256=463581020af3df6917e59a09066a2fc4ce3a58c80bcb5781a357ecdeb393306f
/usr/share/man/man1/lsattr.1.gz f 0644 0:0 size=639 nlink=1 sha256=d5f321e46cc15b13a1a18bef5c719d52d74bff150d8770fbab5d49bb7c3f6304
/usr/share/man/man1/lscpu.1.gz f 0644 0:0 size=2961 nlink=1 sha256=eea5ac7836aeb26660da8bb74111011d6a5fc270e826c246916ef838d9ada1d7
/usr/share/man/man1/lsfd.1.gz f 0644 0:0 size=4766 nlink=1 sha256=b851e675e1c4f583b3336c82258f9125a0a945fac5125178f8ceed864b37259f
/usr/share/man/man1/lsipc.1.gz f 0644 0:0 size=2004 nlink=1 sha256=22bd08d81194fa4e07d0ddba919e90c6060dd03a6e7be64085868c1d3e1dd363
/usr/share/man/man1/lsirq.1.gz f 0644 0:0 size=1129 nlink=1 sha256=7ca4e4dcf5f9cd23485766ac6b2a89a511629baa9f4852b04c453fa5259df466
/usr/share/man/man1/lslogins.1.gz f 0644 0:0 size=2475 nlink=1 sha256=6ba7ec93a6854f124bc5be9b9e20ef8008479534a2c81b0efb4ef7111a0d0a8e
/usr/share/man/man1/lsmem.1.gz f 0644 0:0 size=2275 nlink=1 sha256=d2c83557f0c4299c3ed96d9e0cbe20be8ec2123cfeeafa48e0b2671e0adbeb24
/usr/share/man/man1/mawk.1.gz f 0644 0:0 size=15716 nlink=1 sha256=57f7247640fe25e680cd07886ec7cf650ea3e20c493489f8bc7caa3510337daa
/usr/share/man/man1/mcookie.1.gz f 0644 0:0 size=1324 nlink=1 sha256=70511c54ca34d81b145d72562714c4dc67bbe2c288ed26a088e618be54d9f818
/usr/share/man/man1/md5sum.1.gz f 0644 0:0 size=1361 nlink=1 sha256=32e294b9277d40d46316b14d4497671047e6ee7d63f30ad6f0433da1c1966553
/usr/share/man/man1/md5sum.textutils.1.gz l 0777 0:0 -> md5sum.1.gz
/usr/share/man/man1/mesg.1.gz f 0644 0:0 size=1669 nlink=1 sha256=83a5f32861e99898ffe305f0e70e1575de8b89f3bf407595857aa4a8faa82282
/usr/share/man/man1/mkdir.1.gz f 0644 0:0 size=971 nlink=1 sha256=475214d7a02882149b6dfddc3d728a8785be16027663d14f3df63ded35220952
/usr/share/man/man1/mkfifo.1.gz f 0644 0:0 size=864 nlink=1 sha256=75dc837a76ce1f3b12c7614607e886df5725299dc01f1f8d30950047f8331656
/usr/share/man/man1/mknod.1.gz f 0644 0:0 size=1135 nlink=1 sha256=aa3d5776ce32983273bf2c0fe2dcf6bab5806fad636551db2493c819ecc3e46b
/usr/share/man/man1/mktemp.1.gz f 0644 0:0 size=1192 nlink=1 sha256=042846d7ad65933fe36bff4bd9089a8ee3d52ed1f80feab1ee5bdf09e2034bc8
/usr/share/man/man1/more.1.gz f 0644 0:0 size=2595 nlink=1 sha256=42ea21295c8d207c14d3f3a0ca2450f9e0bda2708a296f4bcc1a6f9eeab5acef
/usr/share/man/man1/mountpoint.1.gz f 0644 0:0 size=1200 nlink=1 sha256=b45ed4e7644ac95f86d936d3677c2bb770ef9a2d7794da6908d543635b899c34
/usr/share/man/man1/mv.1.gz f 0644 0:0 size=1428 nlink=1 sha256=916ed1229b6267c9cbedf073f48ac0743d401733e253709704471d9acd5fd522
/usr/share/man/man1/namei.1.gz f 0644 0:0 size=1450 nlink=1 sha256=775c12fb6a93bffb8034d1bc83dc8ed20f38844900288858c676c2c47b57dc10
/usr/share/man/man1/nawk.1.gz l 0777 0:0 -> /etc/alternatives/nawk.1.gz
/usr/share/man/man1/newgrp.1.gz f 0644 0:0 size=1223 nlink=1 sha256=89fc5ab04f90a134ac35b70f0bf31b9f26d2d6e6a8d11996cc4b55e4535ac2c8
/usr/share/man/man1/nice.1.gz f 0644 0:0 size=967 nlink=1 sha256=825b44a6f843a17d317feaf547ccdb5f4e14e981fd172c92a56eb8d9967d42be
/usr/share/man/man1/nisdomainname.1.gz l 0777 0:0 -> hostname.1.gz
/usr/share/man/man1/nl.1.gz f 0644 0:0 size=1370 nlink=1 sha256=4a22c6012574898866bbec1e7b0b9368306cb450f7beb74800ef3f6864450580
/usr/share/man/man1/nohup.1.gz f 0644 0:0 size=911 nlink=1 sha256=9ee171ee85f79259cf6f21abaa70f2531090436530da81122a3cd0c1cd40134c
/usr/share/man/man1/nproc.1.gz f 0644 0:0 size=735 nlink=1 sha256=ac296cd958770b0ae0573a3f101ed8a0583a26867a2803fb84cadbeed570cd52
/usr/share/man/man1/nsenter.1.gz f 0644 0:0 size=2870 nlink=1 sha256=31683ff07b2ee31fcbaa1358513970969bb09900f90d925bfab887f2ada5b1d7
/usr/share/man/man1/numfmt.1.gz f 0644 0:0 size=2134 nlink=1 sha256=9fb8a6a14ed86c22f0c0f2d554f38ba8123b195e96f48b332c92744bc4ae113c
/usr/share/man/man1/od.1.gz f 0644 0:0 size=2059 nlink=1 sha256=3191679f5cac08883e0b2213bf5c2b0f761931e7c7bdaab303479ee08c64debb
/usr/share/man/man1/pager.1.gz l 0777 0:0 -> /etc/alternatives/pager.1.gz
/usr/share/man/man1/passwd.1.gz f 0644 0:0 size=3206 nlink=1 sha256=79ccc887192bf7cb00d5a16fa68874deb4f45d509ab383217fd6b7708dfef091
/usr/share/man/man1/paste.1.gz f 0644 0:0 size=886 nlink=1 sha256=795279583afdec64998a7b55ddb34989b4b4caa41d80053d32d9899ea65498fe
/usr/share/man/man1/pathchk.1.gz f 0644 0:0 size=777 nlink=1 sha256=c34bece2c512c322df830664665bbd2519b96f2820f163818f4134e8895815a4
/usr/share/man/man1/perl.1.gz f 0644 0:0 size=7287 nlink=1 sha256=d1bd551899fa21dab5851bb808dce6df3ce570cbc0bf33c625c15db35cd36f29
/usr/share/man/man1/perl5.36.0.1.gz l 0777 0:0 -> perl.1.gz
/usr/share/man/man1/pinky.1.gz f 0644 0:0 size=890 nlink=1 sha256=6a8549de3aa97ac7db38cb75225580f37a28f7ad6c4b05946ed5fd6ea1c8c799
/usr/share/man/man1/pr.1.gz f 0644 0:0 size=2047 nlink=1 sha256=4fad8d84279ac09fdfea3b1dc9a30ab934a67a4771d3029656a28b3036658311
/usr/share/man/man1/printenv.1.gz f 0644 0:0 size=862 nlink=1 sha256=2a66f03f6c52da2953f6ee52a08623839a764f5dbd4713bc43632d6973387403
/usr/share/man/man1/printf.1.gz f 0644 0:0 size=1274 nlink=1 sha256=13dcebe4bcdb5eebab141292ec44bca2488e7ad3a95d05d4270f7b7751f43a17
/usr/share/man/man1/prlimit.1.gz f 0644 0:0 size=2032 nlink=1 sha256=aa0c2266e6672b622ab75970dd63c9477d0024fb664fe56a5c0370465a6c49df
/usr/share/man/man1/ptx.1.gz f 0644 0:0 size=1316 nlink=1 sha256=172ec07a8a88c4d7d8f72a9729c5002e1eaf80ae27454686b1a8e3f627c91934
/usr/share/man/man1/pwd.1.gz f 0644 0:0 size=871 nlink=1 sha256=de02119851a2f6268e66e308bc684d490cf29a38a31e66365994665d95c06d37
/usr/share/man/man1/rbash.1.gz f 0644 0:0 size=155 nlink=1 sha256=475cfdafaad64655b18a25b28f286241b3371aa3d131da0a10553a20c272ed8c
/usr/share/man/man1/readlink.1.gz f 0644 0:0 size=1017 nlink=1 sha256=5c9c44512bdef1965f714c79fc9e1add12cac9bba8b652243a538b36441c205c
/usr/share/man/man1/realpath.1.gz f 0644 0:0 size=981 nlink=1 sha256=f2b74f549e4d07b77939e09cf1af390e233f374c6270d63f0b748c7092ceae30
/usr/share/man/man1/rename.ul.1.gz f 0644 0:0 size=1721 nlink=1 sha256=b31c2ddc95c5e2ed5b085ad3918266598d7bd3391cd8a3728d76f6ad6903c7ad
/usr/share/man/man1/renice.1.gz f 0644 0:0 size=1470 nlink=1 sha256=6f9fc85981c29894529e1667e5a061405c595daf2d4c87aa57e81084f00197ef
/usr/share/man/man1/reset.1.gz l 0777 0:0 -> tset.1.gz
/usr/share/man/man1/rev.1.gz f 0644 0:0 size=854 nlink=1 sha256=3af0a7ece1096d55c2300191969dc7e02cae1e0e5ded239b624d44da985d488d
/usr/share/man/man1/rgrep.1.gz l 0777 0:0 -> grep.1.gz
/usr/share/man/man1/rm.1.gz f 0644 0:0 size=1668 nlink=1 sha256=240e3fd578051ef4e84bbdead090cc8019c8a51961f58ef448e597575928238b
/usr/share/man/man1/rmdir.1.gz f 0644 0:0 size=835 nlink=1 sha256=d2c9dd58e2f20b14d30a7e459ee3aae95aa5ff26baed5ac4bc175809fd080db6
/usr/share/man/man1/runcon.1.gz f 0644 0:0 size=1099 nlink=1 sha256=afce02bd5e74f2fd750771dc4d5fba88c8caba0c3103407584c551fa37e9718d
/usr/share/man/man1/runuser.1.gz f 0644 0:0 size=3095 nlink=1 sha256=1eeeaf0c18e4484f811ba3fac0fe15dc3a20e7a20c652ea6c5b5fb40443e3868
/usr/share/man/man1/script.1.gz f 0644 0:0 size=3682 nlink=1 sha256=f42425c8854bd1c18a01e356815ad1e827d553e5206c87932fdf4d0769da3922
/usr/share/man/man1/scriptlive.1.gz f 0644 0:0 size=1664 nlink=1 sha256=59216819916196a7a01b4e198d00225f79cb12f19d1b934b31be4b6cd0ca08e6
/usr/share/man/man1/scriptreplay.1.gz f 0644 0:0 size=2259 nlink=1 sha256=595c8081abadd9022c3d1be5c020acdeaec1c7f752c849afb110e62eebe07133
/usr/share/man/man1/sdiff.1.gz f 0644 0:0 size=1357 nlink=1 sha256=4d4f9e4f95ee133741827c7615183f31f886803ef87299b919c8070e357fc4ee
/usr/share/man/man1/sed.1.gz f 0644 0:0 size=4111 nlink=1 sha256=6baadcf21669350a6b175869d2f0fb6fff8e4f032a937a015f5cef5c71afc3bd
/usr/share/man/man1/seq.1.gz f 0644 0:0 size=1139 nlink=1 sha256=3ca14142167b04b03a1352b8b26c6296a7954c4010b35035d2f7c6c5d19aad1e
/usr/share/man/man1/setpriv.1.gz f 0644 0:0 size=3245 nlink=1 sha256=21b4246d2f5288ea357ae0095eef6a7d30a341c91e183fda114a5b2ddd988fc4
/usr/share/man/man1/setsid.1.gz f 0644 0:0 size=940 nlink=1 sha256=4623cc3e0e0a49f1cbee027e660eeb77f878627fe475a66efe2d7fb515954dc9
/usr/share/man/man1/setterm.1.gz f 0644 0:0 size=3470 nlink=1 sha256=a898bc62d1787bf5f2fc570663dc3576c66c70676713c83b9464bdd6b18c661f
/usr/share/man/man1/sg.1.gz f 0644 0:0 size=1057 nlink=1 sha256=ddb4eee09fdf775cc1aa2e8a10492a4d8eb1f9f1b12b9e38989ca1380d9b5fa0
/usr/share/man/man1/sh.1.gz l 0777 0:0 -> dash.1.gz
/usr/share/man/man1/sha1sum.1.gz f 0644 0:0 size=1367 nlink=1 sha256=14deb36d6b6887980bcabe300c1dc2a4f732db7a3701a76f17a1d31cefa276cc
/usr/share/man/man1/sha224sum.1.gz f 0644 0:0 size=1250 nlink=1 sha256=4c386f1c4f11c7597f2dd01f54b802d456832b37ef25ac47c0d57ddee31c4eca
/usr/share/man/man1/sha256sum.1.gz f 0644 0:0 size=1254 nlink=1 sha256=f77a622a9e7a92b2e5cdabd747cd138a434bceaa13749f00e621f9876df70e89
/usr/share/man/man1/sha384sum.1.gz f 0644 0:0 size=1255 nlink=1 sha256=12f4e553655c6745a9982e916a0fee5922bf776711c26f5a95a84b31f60526f4
/usr/share/man/man1/sha512sum.1.gz f 0644 0:0 size=1255 nlink=1 sha256=1f46b1ca7e8381d33db49a8e9b26ad3c9e60f39304c5b6f5d1c7699effa544be
/usr/share/man/man1/shred.1.gz f 0644 0:0 size=1483 nlink=1 sha256=dcfa40309416d4c983a0c2f2813d2bf5a7468f1633c814c4ed2381d0018c3ea7
/usr/share/man/man1/shuf.1.gz f 0644 0:0 size=968 nlink=1 sha256=5d05b0231e8852f4308042572059eca3e76a7b620b113ff41f272b8c9104fac4
/usr/share/man/man1/sleep.1.gz f 0644 0:0 size=812 nlink=1 sha256=fe745e76270dd5753f95b9a16eb5ebd43599a8c2596b4267f923aa94f7731308
/usr/share/man/man1/sort.1.gz f 0644 0:0 size=2297 nlink=1 sha256=604df6d156e2388abb6d912d30d7ca0fa6a0241b36b4f6e58726cc801faa6616
/usr/share/man/man1/split.1.gz f 0644 0:0 size=1539 nlink=1 sha256=b9dfd8e2ceef61b9d24cc55a7b974481f72bae4f3d2854a65931d08c5a7df8a0
/usr/share/man/man1/stat.1.gz f 0644 0:0 size=1955 nlink=1 sha256=359d91748f440e338964de08b76b105702bf9e644399c5f46c9132ffa1efabf5
/usr/share/man/man1/stdbuf.1.gz f 0644 0:0 size=1255 nlink=1 sha256=c40c40a28edeecad62079986df9f78a266b2bcf8f61909c477ea4e34dcc10866
/usr/share/man/man1/stty.1.gz f 0644 0:0 size=3292 nlink=1 sha256=31eec32dfa536d67f05b251b9dffaa0c8bfafc538602c8c483b6d3a088574de2
/usr/share/man/man1/su.1.gz f 0644 0:0 size=3565 nlink=1 sha256=d6536d26ef23a938f94afb9a1e03d008107f6e893d1eadf272eec264ddab8e16
/usr/share/man/man1/sum.1.gz f 0644 0:0 size=786 nlink=1 sha256=5726c2ae0996ed0f7559e2b673a2301a0987264552fa289e6b869fdd50d81572
/usr/share/man/man1/sync.1.gz f 0644 0:0 size=854 nlink=1 sha256=936739f0ea36a8e1f298b438565572583dc5f7c2c8ab06b538d4e200eeb40732
/usr/share/man/man1/tabs.1.gz f 0644 0:0 size=4093 nlink=1 sha256=0b6a4145b446e8285083967e02074bc3c1b200e566a512dd94e2bdf69c8a6839
/usr/share/man/man1/tac.1.gz f 0644 0:0 size=874 nlink=1 sha256=1872b97b5d523ee2e07020f17c3ac91a103e53960ae39b627c2b924ac6be7a8f
/usr/share/man/man1/tail.1.gz f 0644 0:0 size=1702 nlink=1 sha256=729da901fdb2b8fe031e93f16837b011f2495c85971f3c92624166cc11901b0f
/usr/share/man/man1/tar.1.gz f 0644 0:0 size=13535 nlink=1 sha256=8fece2801dbfef3cb3235e94e592bd0b5e1e2e059efec4f9916fc0e41f64fe14
/usr/share/man/man1/tarcat.1.gz f 0644 0:0 size=366 nlink=1 sha256=10d2e6b769f425ae662627b39b4fe0feaba5c05a0abffcb12f9406ed86107e9f
/usr/share/man/man1/taskset.1.gz f 0644 0:0 size=1971 nlink=1 sha256=fc562f796f5324dabab4387eb6b53e732fcf54ef5a3435e02b877b1865c2db69
/usr/share/man/man1/tee.1.gz f 0644 0:0 size=986 nlink=1 sha256=e2b446f6aea1cbac66df743ce40f5a9900ef3687e7a48c04a63861aecd1fb380
/usr/share/man/man1/tempfile.1.gz f 0644 0:0 size=1046 nlink=1 sha256=e4664067aed448d5b5afd8067d889161ada7cdd8d9a0e9ccf4c61715c912e5e1
/usr/share/man/man1/test.1.gz f 0644 0:0 size=1751 nlink=1 sha256=2076ff3cd222045fc7244830ab438843ee893bb427a477c470ddfb8be898e4e0
/usr/share/man/man1/tic.1.gz f 0644 0:0 size=7680 nlink=1 sha256=22ad66b1e98f1aaf9650abbbe2d354e1bfd0a408de04e9bf4acd1703f4c231ce
/usr/share/man/man1/timeout.1.gz f 0644 0:0 size=1461 nlink=1 sha256=d594dc7f33826c4d6d915e75b87a0883f8f01be8c2858b8ed7cda32f1a5f48f6
/usr/share/man/man1/toe.1.gz f 0644 0:0 size=2866 nlink=1 sha256=baa5b16ef22d6375a78561cc0d3a46b05a4efd0f481a9a2e681aa69e13eb97ce
/usr/share/man/man1/touch.1.gz f 0644 0:0 size=1466 nlink=1 sha256=07a131d16079f7cf6939ef15003a4f9cf86bc1f84c4d0fca9abdc943c036943c
/usr/share/man/man1/tput.1.gz f 0644 0:0 size=8104 nlink=1 sha256=8e3d21d5f1d22d08aa1ed80970c1876e0841a19abbe031f9d4b69e3086dd1e9e
/usr/share/man/man1/tr.1.gz f 0644 0:0 size=1620 nlink=1 sha256=54e4813d63ec01b06187821fe4010515108e04df9bf1e59d446e64708f2e7d86
/usr/share/man/man1/true.1.gz f 0644 0:0 size=775 nlink=1 sha256=f8bc9c126220e9a6700b48cdda838399e33ed676adc3f9b69a3b915ca406c9f1
/usr/share/man/man1/truncate.1.gz f 0644 0:0 size=1189 nlink=1 sha256=fc802bc1898f3c5b967082f0a52a87f26293c0d9cb18bfeb2e66fdd00cdb91b0
/usr/share/man/man1/tset.1.gz f 0644 0:0 size=6403 nlink=1 sha256=b6a9a8856126aee12ec98a6765ab43b8bb5bbcecfac27e01dabbfb84e36cba34
/usr/share/man/man1/tsort.1.gz f 0644 0:0 size=706 nlink=1 sha256=c92940b51b28d4388fb928dded2e71edb7dff734c3e5e1c456ed2e7f6207b0e9
/usr/share/man/man1/tty.1.gz f 0644 0:0 size=705 nlink=1 sha256=ef9017ca7aed53cf6194ff8c13275d40040b83e8b947137fb63ac5c3fcfb8fbc
/usr/share/man/man1/tzselect.1.gz f 0644 0:0 size=1165 nlink=1 sha256=1cd78837dba577698f3060b2610873ff1cea8de753315c571a8e233b9dda8658
/usr/share/man/man1/uclampset.1.gz f 0644 0:0 size=2053 nlink=1 sha256=c705bf6eec4181dfcbd156dbbb05582a8670fca556829b7c9ad2d2ab7495002c
/usr/share/man/man1/uname.1.gz f 0644 0:0 size=899 nlink=1 sha256=1c71fa5b28603326b7e2eb140ed68d6cc45754c7c4def55940253e9c5acc0b1d
/usr/share/man/man1/uncompress.1.gz l 0777 0:0 -> gunzip.1.gz
/usr/share/man/man1/unexpand.1.gz f 0644 0:0 size=1035 nlink=1 sha256=fc1368d10155d3538589a4dcb0eab7f574a8330319b7b578f3227022d2b6af5a
/usr/share/man/man1/uniq.1.gz f 0644 0:0 size=1308 nlink=1 sha256=b85057bd0a34086ff78213ebf18254dcaeb1d189cf4330464a04dc05dff3b92e
/usr/share/man/man1/unlink.1.gz f 0644 0:0 size=672 nlink=1 sha256=df43707593c1ed306124d5fb3b9a497f46cfe9eeb2445f2ffb753a6f5a23ed81
/usr/share/man/man1/unshare.1.gz f 0644 0:0 size=5591 nlink=1 sha256=97077e172c1f1b9d955c921ff256c80ebe1443c9250479b28cbc4e5ada3fac88
/usr/share/man/man1/update-alternatives.1.gz f 0644 0:0 size=6753 nlink=1 sha256=2eb6bcfbe74a3b684e697377b4b16d9fb9f35f6bfc2597647df3e24f25fc7a05
/usr/share/man/man1/users.1.gz f 0644 0:0 size=773 nlink=1 sha256=94a29e6022c6b7e602e9c9ea4ba733995ee33d1de4c4942bd9005512f0095fd9
/usr/share/man/man1/utmpdump.1.gz f 0644 0:0 size=1363 nlink=1 sha256=1ffc9902fb00a310075c9263af9712625940d859938b1f309394553f0835c97c
/usr/share/man/man1/vdir.1.gz f 0644 0:0 size=3248 nlink=1 sha256=88bf6fd9fe29f25373a03bd1b70e7005104a82d5c5f662a0447a5e21589c9743
/usr/share/man/man1/wall.1.gz f 0644 0:0 size=1349 nlink=1 sha256=21900c7df80583901b263e5589c2032b6edfc8582f66f239195276dbf9c6ffd0
/usr/share/man/man1/wc.1.gz f 0644 0:0 size=1020 nlink=1 sha256=225c69e8126cc08d81d4ccd1a7f658de98067acbb4a785c9aa34db74f14b4b49
/usr/share/man/man1/whereis.1.gz f 0644 0:0 size=1814 nlink=1 sha256=a9013692165d7faa398ed1168c995e34da614e3056396dd8a2bfc4c9f1166ae4
/usr/share/man/man1/which.1.gz l 0777 0:0 -> /etc/alternatives/which.1.gz
/usr/share/man/man1/which.debianutils.1.gz f 0644 0:0 size=431 nlink=1 sha256=a1fd83d92ea3226cec0a4db02fd1c25abb42d911dfe90bc6beee4cac5dce0c27
/usr/share/man/man1/who.1.gz f 0644 0:0 size=1228 nlink=1 sha256=4bd128250aa58da5a6d026cc90e66f86504d4482ab98eff570efbafdca3c611d
/usr/share/man/man1/whoami.1.gz f 0644 0:0 size=679 nlink=1 sha256=f9189d03a0421fccc3184dc4c1f7b65d7a49ae385da45ae3ddc6a73bd2d825e4
/usr/share/man/man1/xargs.1.gz f 0644 0:0 size=5656 nlink=1 sha256=0f485b50e182c6ef978c4a38a7022c4785b0b4ee592ab186b06e0d90e3c40c3f
/usr/share/man/man1/yes.1.gz f 0644 0:0 size=685 nlink=1 sha256=7648619aba7e45b7fbb60722f16e4e4f2f5bc78cc7abc069a6a839baf6fef687
/usr/share/man/man1/ypdomainname.1.gz l 0777 0:0 -> hostname.1.gz
/usr/share/man/man1/zcat.1.gz l 0777 0:0 -> gzip.1.gz
/usr/share/man/man1/zcmp.1.gz l 0777 0:0 -> zdiff.1.gz
/usr/share/man/man1/zdiff.1.gz f 0644 0:0 size=460 nlink=1 sha256=f99b44d77e65bd51f8f89474cf397ef254c7e97fa7cc5fd24efe7a3477c493ca
/usr/share/man/man1/zegrep.1.gz l 0777 0:0 -> zgrep.1.gz
/usr/share/man/man1/zfgrep.1.gz l 0777 0:0 -> zgrep.1.gz
/usr/share/man/man1/zforce.1.gz f 0644 0:0 size=388 nlink=1 sha256=db5fa26dee791b142452c49febd2dbad5b694c3a4790c8ca3a37299ef591fe24
/usr/share/man/man1/zgrep.1.gz f 0644 0:0 size=605 nlink=1 sha256=1c8634e6b8a57893689d60ec14196451b719ac7f986e66a6a9b054507daae635
/usr/share/man/man1/zless.1.gz f 0644 0:0 size=1009 nlink=1 sha256=0d788e41f190db4547c96633b39cd47d06e2965c359b8448332dfa98e2c7bfa8
/usr/share/man/man1/zmore.1.gz f 0644 0:0 size=1663 nlink=1 sha256=92a26e05223a030b35faf853f2ea30492c72a609de9097c60e166b577ed25670
/usr/share/man/man1/znew.1.gz f 0644 0:0 size=586 nlink=1 sha256=857d6b89b667bcd7df1011b8e8985ff277eb5b678908ef66286232d0fa821904
/usr/share/man/man5 d 0755 0:0
/usr/share/man/man5/access.conf.5.gz f 0644 0:0 size=2728 nlink=1 sha256=245bf76a45910a484d83f288fc8637b670ade05c791404542877c026aaade04e
/usr/share/man/man5/adduser.conf.5.gz f 0644 0:0 size=3492 nlink=1 sha256=06b7b8150b11e38317e0197376d7fb23408d027702735063a798f357901cc8a3
/usr/share/man/man5/adjtime_config.5.gz f 0644 0:0 size=1464 nlink=1 sha256=907a8328fefc1690c3c5d77913302c567ab6060e314228ecda9c891586b449a0
/usr/share/man/man5/apt.conf.5.gz f 0644 0:0 size=14761 nlink=1 sha256=e0427a5cc432cf3f11e1b540a52f65bcc722ab6d66718ede282b8ea4fc7ecafb
/usr/share/man/man5/apt_auth.conf.5.gz f 0644 0:0 size=2199 nlink=1 sha256=0fe7268aa45d7a085210018616004b8cebb1f45803fb26e35267978234e10db1
/usr/share/man/man5/apt_preferences.5.gz f 0644 0:0 size=7140 nlink=1 sha256=209a30b1d86177f1d5fa904893c76b31ec2ad6fdb9d550f4b30b0699b36a7d0d
/usr/share/man/man5/deluser.conf.5.gz f 0644 0:0 size=1513 nlink=1 sha256=63519b93075e3e0a99a28e8eb662819123be236c586e86bde6a8f2242d3dba50
/usr/share/man/man5/dpkg.cfg.5.gz f 0644 0:0 size=1364 nlink=1 sha256=8dfd89714ff9b5433d2b3c11f012b377a7f907dae65fa64722b1f99cd5fdfb90
/usr/share/man/man5/e2fsck.conf.5.gz f 0644 0:0 size=5794 nlink=1 sha256=2b7a67798d26c173b274d6bafbee979b2df6dff5888ce187d9cb5edea0157242
/usr/share/man/man5/environment.5.gz f 0644 0:0 size=44 nlink=1 sha256=3847a4eb32e970ad129a96ae4cc65e56f6b3bdef3170c1db94b5b7f20753eef9
/usr/share/man/man5/ext2.5.gz l 0777 0:0 -> ext4.5.gz
/usr/share/man/man5/ext3.5.gz l 0777 0:0 -> ext4.5.gz
/usr/share/man/man5/ext4.5.gz f 0644 0:0 size=10651 nlink=1 sha256=ba0efea00904f37f70123bbfd28321160fc1e94d1c509f8ea156487ce674c187
/usr/share/man/man5/faillock.conf.5.gz f 0644 0:0 size=2024 nlink=1 sha256=3096053db892e4db07e0608997b595c4cff1910522e9a7b066fa49c803e656a1
/usr/share/man/man5/faillog.5.gz f 0644 0:0 size=879 nlink=1 sha256=729ddae9f799f6c87aabef9015bd0f14362c79d961fc23a3b65654835bb9702e
/usr/share/man/man5/fstab.5.gz f 0644 0:0 size=2954 nlink=1 sha256=776ddc3db0bbeca678179b9729f4d83936f04bd6ef85d09101388095b60d95bd
/usr/share/man/man5/group.conf.5.gz f 0644 0:0 size=2002 nlink=1 sha256=515b16b56f200657fedb5a51546bbde3e96ee1932141d34653ec03b2868cba53
/usr/share/man/man5/gshadow.5.gz f 0644 0:0 size=1266 nlink=1 sha256=da5454e43ffb99d466b51cb1a2291627c9676264c185c2b32d6b7989e89d31e4
/usr/share/man/man5/hwclock.5.gz f 0644 0:0 size=583 nlink=1 sha256=e4dd6945e9f88913f31389a1f2a21393cb6932c2a8e4f29a4458dcda9239101e
/usr/share/man/man5/init-d-script.5.gz f 0644 0:0 size=1876 nlink=1 sha256=fe595d17ee57f46a5df0966df6484b3b59035c3ffdcaa61f489459ad4b85a901
/usr/share/man/man5/libaudit.conf.5.gz f 0644 0:0 size=553 nlink=1 sha256=b45065b6598339d91e74ded8b66e39b0452d379b26935948b3c8faa085817b23
/usr/share/man/man5/limits.conf.5.gz f 0644 0:0 size=3039 nlink=1 sha256=465dee6e6cb83fb98235497402304f3efd7da2176f44a122309520d11f8fcee1
/usr/share/man/man5/login.defs.5.gz f 0644 0:0 size=6223 nlink=1 sha256=38149799c2c090a1d125c74759454c3511c66d49a2721aa5ebe7e196dd855e32
/usr/share/man/man5/mke2fs.conf.5.gz f 0644 0:0 size=5605 nlink=1 sha256=653a9c9b935ef1b539baae8810d797d97ef2226ee100819402a583a4d3493c11
/usr/share/man/man5/namespace.conf.5.gz f 0644 0:0 size=2882 nlink=1 sha256=a28ffd686fe5b5b798c3793a4d2da65775641be1c541e59bc15a6fd69d961908
/usr/share/man/man5/pam.conf.5.gz f 0644 0:0 size=4840 nlink=1 sha256=149d9f3a530d2f4cc5e64576be5bc4b55417bbf68a2448af21abdcf3dede37b3
/usr/share/man/man5/pam.d.5.gz l 0777 0:0 -> pam.conf.5.gz
/usr/share/man/man5/pam_env.conf.5.gz f 0644 0:0 size=1827 nlink=1 sha256=f4bdaf5c51b01e238e7524b43e23de09f76e840a6f9cb49e91ada970d1ef3c0d
/usr/share/man/man5/passwd.5.gz f 0644 0:0 size=1638 nlink=1 sha256=a108321e45c47c205ee61f09465347065573f295526a9281cb5d08035e7cad5a
/usr/share/man/man5/scr_dump.5.gz f 0644 0:0 size=5386 nlink=1 sha256=b8f2968d5cf08f53f2faa22483d8084861a3d66a69b46c86e9378c3592b79226
/usr/share/man/man5/semanage.conf.5.gz f 0644 0:0 size=2100 nlink=1 sha256=4dc05ad657fe57eccd803bbb48cfb8f8709c580b7516b335765eae58f2b46c36
/usr/share/man/man5/sepermit.conf.5.gz f 0644 0:0 size=1195 nlink=1 sha256=393e27b1b0a6b3ec8c2da0489a883c35bea7d9e70f7a9e1749c933c0f8c28ac0
/usr/share/man/man5/shadow.5.gz f 0644 0:0 size=1893 nlink=1 sha256=8031788434a91dc98703315281827844a25c962ab7782b982b9ab9da9f24ae8d
/usr/share/man/man5/sources.list.5.gz f 0644 0:0 size=9007 nlink=1 sha256=bd55dfb1862452d6bd7aa22798001bdb112d2b114e5a7b53830e2cf65ccebd1f
/usr/share/man/man5/subgid.5.gz f 0644 0:0 size=1371 nlink=1 sha256=26130ee8a42ae91ea2edf741f378320354cabee1a286eba147a123f7c6533b28
/usr/share/man/man5/subuid.5.gz f 0644 0:0 size=1365 nlink=1 sha256=006ff55b1e543eb7480b3e50917404c8ec17a7e63fdaf153003a2f5cf94f43b2
/usr/share/man/man5/term.5.gz f 0644 0:0 size=5928 nlink=1 sha256=65657dccd4a063ee5863a148a36b456ed75d95e0abf536d3efca9e70657f7a01
/usr/share/man/man5/terminal-colors.d.5.gz f 0644 0:0 size=2338 nlink=1 sha256=7f17193b43f46b1627359549d728e94e75de45491b5a94cae1f0b8c7b632b014
/usr/share/man/man5/terminfo.5.gz f 0644 0:0 size=38839 nlink=1 sha256=e9ec3040863a1f34d792823c5d0e80daccb67f547e16e7052c6958ddedaede99
/usr/share/man/man5/time.conf.5.gz f 0644 0:0 size=2017 nlink=1 sha256=aa1dc72b9466a9b18a8ada1ff1fd01ac5298e2fd5688c07ffeb581a0fd21e45e
/usr/share/man/man5/user_caps.5.gz f 0644 0:0 size=6190 nlink=1 sha256=c43277845252fcfe76a67aaa220a4f6004337bf7b84693171fb287669c44956a
/usr/share/man/man7 d 0755 0:0
/usr/share/man/man7/PAM.7.gz f 0644 0:0 size=2342 nlink=1 sha256=f1a79c30e8f8d8a90c6a2f9e9f12f5af8fbc614ccce365951076a5d010b86641
/usr/share/man/man7/apt-patterns.7.gz f 0644 0:0 size=3070 nlink=1 sha256=9eab3550b7ed3f173dd7756d6e45d5891c3a522ca7960d0ccffe81c7e37fb480
/usr/share/man/man7/bash-builtins.7.gz f 0644 0:0 size=508 nlink=1 sha256=dacf8379c9a1d56a7f8f4ddb330c60ca0444d82a63eea55755db7cc29312b0a3
/usr/share/man/man7/builtins.7.gz l 0777 0:0 -> /etc/alternatives/builtins.7.gz
/usr/share/man/man7/pam.7.gz l 0777 0:0 -> PAM.7.gz
/usr/share/man/man7/pam_env.7.gz f 0644 0:0 size=1775 nlink=1 sha256=04307872a461eb15285ceb0192d2783fbb5b6da806b078efae572756917c0c0d
/usr/share/man/man7/pam_selinux.7.gz f 0644 0:0 size=1840 nlink=1 sha256=6ca142b4850560b36226f71b677ba48bc9ddda8220b2511613b55cd52d9b1aa1
/usr/share/man/man7/term.7.gz f 0644 0:0 size=4177 nlink=1 sha256=e7d8f172151cc326f328d1212eb3c9dd5973663a8cb45595ee7dd0a22f9e2dd0
/usr/share/man/man8 d 0755 0:0
/usr/share/man/man8/add-shell.8.gz f 0644 0:0 size=346 nlink=1 sha256=6435ef80865b99892013234c27ecb621b5b9faeea5271216c15546d91ab2188c
/usr/share/man/man8/addgroup.8.gz l 0777 0:0 -> adduser.8.gz
/usr/share/man/man8/addpart.8.gz f 0644 0:0 size=874 nlink=1 sha256=fbdf40285f99fe5e40ca9f86c8219a5a9be6a98c530a906af2d49358c53e3677
/usr/share/man/man8/adduser.8.gz f 0644 0:0 size=5837 nlink=1 sha256=64c5a6eb713593e3647015c5ea5258add9f59724a46a334364dd7d5f858d1637
/usr/share/man/man8/adduser.local.8.gz f 0644 0:0 size=647 nlink=1 sha256=746cca6ae92f023d7a9f41e04f6f1c3379fcf96fe38df69d3a3d7a25b3fa0838
/usr/share/man/man8/agetty.8.gz f 0644 0:0 size=7588 nlink=1 sha256=4bb8f7ad0230ae6c243f88a722c9676262bf759ffc308e6a1efc20527c724355
/usr/share/man/man8/apt-cache.8.gz f 0644 0:0 size=5868 nlink=1 sha256=77379dc00f2965a43abcf9eec2f93338f68b88600cecd7a1c89b249124e9a317
/usr/share/man/man8/apt-cdrom.8.gz f 0644 0:0 size=2343 nlink=1 sha256=ff19c3751681b269ce65175482ca05fde4596b570ae4cb25c3d2678363675b0a
/usr/share/man/man8/apt-config.8.gz f 0644 0:0 size=2066 nlink=1 sha256=48c137ff429df3a9f1714673fe90b57b460baaa06e3412f05d079b1a18c3e144
/usr/share/man/man8/apt-get.8.gz f 0644 0:0 size=9522 nlink=1 sha256=d0acdd5b944b8f517f9cec26387005526205db381a86ef72b2f7e7fccce8b0bf
/usr/share/man/man8/apt-key.8.gz f 0644 0:0 size=3048 nlink=1 sha256=83f372f519ba62e63a9f19f90125459b16e59525c14aace7fbf243f057519049
/usr/share/man/man8/apt-mark.8.gz f 0644 0:0 size=2384 nlink=1 sha256=c0b62b82110f2d15409277555a1a496184bdc5e6d4dadfe7c04303e9d3f9c92e
/usr/share/man/man8/apt-secure.8.gz f 0644 0:0 size=4191 nlink=1 sha256=0f1476b4ce3d9fa3e47a76b26f0920a925bbb873108ae81175a19710a8665ab3
/usr/share/man/man8/apt.8.gz f 0644 0:0 size=3186 nlink=1 sha256=0c654c31a652e21b2bd83959bca56beb66315297bac660ed5e84d19073bc02f7
/usr/share/man/man8/badblocks.8.gz f 0644 0:0 size=2750 nlink=1 sha256=de6f3ae796bb8d5e21d402ee5f6917f280af57c84cf4f1d881afb9859f4bdff4
/usr/share/man/man8/blkdiscard.8.gz f 0644 0:0 size=1664 nlink=1 sha256=7d75171bb42f144e1dbc0c91ee1ab3f839583f2fd4ae3138710f2c5c4243f746
/usr/share/man/man8/blkid.8.gz f 0644 0:0 size=4904 nlink=1 sha256=600f13e68fcecbb755b9206e1da4bc43e121ede69d593ad83935734e2215bee9
/usr/share/man/man8/blkzone.8.gz f 0644 0:0 size=1985 nlink=1 sha256=5fe9411590371d422fd4429bccbb0dabc52c5bcc15428c092286e3f12bf5a7b2
/usr/share/man/man8/blockdev.8.gz f 0644 0:0 size=1585 nlink=1 sha256=8c96ca3544884bce75963fc0e16b315957ded8a785f87864e631804479e5d1ce
/usr/share/man/man8/chcpu.8.gz f 0644 0:0 size=1553 nlink=1 sha256=9eb2c1a6bc1898e02745df390e042044bbcaf71609f23b758064bf3ed699648a
/usr/share/man/man8/chgpasswd.8.gz f 0644 0:0 size=2644 nlink=1 sha256=31d8c779dac7833262761cda0fbd872804f1bde217ed886bcbc5ae3ed320b0ce
/usr/share/man/man8/chmem.8.gz f 0644 0:0 size=2045 nlink=1 sha256=ea3be30896934180488998ae3d40d13bbbf82262839c9a70b2597a9a369d04ca
/usr/share/man/man8/chpasswd.8.gz f 0644 0:0 size=2141 nlink=1 sha256=bca7ec0fbee610e34f7867f27c249279b38a7506a8960129f208118874b72415
/usr/share/man/man8/chroot.8.gz f 0644 0:0 size=878 nlink=1 sha256=2c03758a37928d309a74aa1d7a2c91f1c7a07da1356f907817b7c808dfd9d9a2
/usr/share/man/man8/cpgr.8.gz l 0777 0:0 -> cppw.8.gz
/usr/share/man/man8/cppw.8.gz f 0644 0:0 size=425 nlink=1 sha256=efffb8bd60d1c23921383c40be3ca14be3368434d32d6be24e2d9d44760d7317
/usr/share/man/man8/ctrlaltdel.8.gz f 0644 0:0 size=1140 nlink=1 sha256=4ebd1d6ddf0d1a784bbda1d355be56d0de72ba2129fd1134cfa9e47ceb94548d
/usr/share/man/man8/debugfs.8.gz f 0644 0:0 size=7648 nlink=1 sha256=baa364819cab49b960a38c8c9eb95906b13b6b3b7f6162fe4f8e06e873b7081b
/usr/share/man/man8/delgroup.8.gz l 0777 0:0 -> deluser.8.gz
/usr/share/man/man8/delpart.8.gz f 0644 0:0 size=813 nlink=1 sha256=b7bc32cdebd7789cce16b346e31861de207af3afe1d3b3ae456709bf21d7bc35
/usr/share/man/man8/deluser.8.gz f 0644 0:0 size=2867 nlink=1 sha256=e6ff22c7d2dde8faba1bdd037d1bcf29e69634a6c4629bacd8d56d09d765258a
/usr/share/man/man8/deluser.local.8.gz l 0777 0:0 -> adduser.local.8.gz
/usr/share/man/man8/dpkg-fsys-usrunmess.8.gz f 0644 0:0 size=2898 nlink=1 sha256=18c37b00c02a829557b5651592be5a08909410600ff316096a6a0901ebbc0aa2
/usr/share/man/man8/dpkg-preconfigure.8.gz f 0644 0:0 size=1784 nlink=1 sha256=f7c28eb1c4d95cea6f65d633aa769cd315840f54e0ae2555555e192f19149ebd
/usr/share/man/man8/dpkg-reconfigure.8.gz f 0644 0:0 size=2038 nlink=1 sha256=5eebefd1b47fc3011d839513781f5ebcf483c72dae7d8927f5acafcbb6b530ef
/usr/share/man/man8/dumpe2fs.8.gz f 0644 0:0 size=1378 nlink=1 sha256=c6a138392503005966d05ff75d912323728e0beedea4579ae64937b4680b45ce
/usr/share/man/man8/e2freefrag.8.gz f 0644 0:0 size=1131 nlink=1 sha256=cb75d1cb7284d0d1ad9444ea72d3e63908de81cfaccaed754c822a15f86be518
/usr/share/man/man8/e2fsck.8.gz f 0644 0:0 size=5793 nlink=1 sha256=45d398baa2b25804764ab349ebc1ae266a027a65570ae571a9981e7594646909
/usr/share/man/man8/e2image.8.gz f 0644 0:0 size=3967 nlink=1 sha256=97826ae57e7afb1376657243568e8f393998accca5e471f339c8dfa1803a6a8a
/usr/share/man/man8/e2label.8.gz f 0644 0:0 size=704 nlink=1 sha256=e70616d4722ca85f3bb0722d0cee998ad9ea5ca086b6817c148ee0c3f0b3ce57
/usr/share/man/man8/e2mmpstatus.8.gz f 0644 0:0 size=943 nlink=1 sha256=93516de288487d46921a65098a3b5f1c7c2f5fe0b091f878ffe4cac25cb183e0
/usr/share/man/man8/e2scrub.8.gz f 0644 0:0 size=1050 nlink=1 sha256=7f3ad244c3f63f343e83e725c4c738fe5319956ba816ff61937d1e5a4b8a992b
/usr/share/man/man8/e2scrub_all.8.gz f 0644 0:0 size=788 nlink=1 sha256=1c1c9e741f32efd3ffdad5813a0f6c8a2c5a0d6d0bf3249ffd7fb585d737eea6
/usr/share/man/man8/e2undo.8.gz f 0644 0:0 size=989 nlink=1 sha256=a10856e498f9c10e644883dda18f3a1d382659ca2f9ff3a274b63f21e7293839
/usr/share/man/man8/e4crypt.8.gz f 0644 0:0 size=1206 nlink=1 sha256=fb88d8fad2b106879c5dfc2a32c8b2b8620e2945ae7334addb07329aed34952a
/usr/share/man/man8/e4defrag.8.gz f 0644 0:0 size=1145 nlink=1 sha256=cf38dc7f5c66eac839c23de4d3da229aa020a612b5089277a06026b90be84577
/usr/share/man/man8/faillock.8.gz f 0644 0:0 size=1057 nlink=1 sha256=fa6473eb827c5a9102d00a2ccd26a7ac947b0bb903ddaacc84b08847dbef9328
/usr/share/man/man8/faillog.8.gz f 0644 0:0 size=1705 nlink=1 sha256=97d8acbb86949f02bd232c13a8c1dad6354e26fff1779cdce70abb297d835ba9
/usr/share/man/man8/filefrag.8.gz f 0644 0:0 size=981 nlink=1 sha256=17fb81c8d5c31dbc0f8620d3329be0edd3143cd9a0b8f67808a9fffa7966048b
/usr/share/man/man8/findfs.8.gz f 0644 0:0 size=1218 nlink=1 sha256=3343c5a6c6cd4f7db46344cc042f9dfc99aab47116353f065a537d9f9f341a80
/usr/share/man/man8/findmnt.8.gz f 0644 0:0 size=4752 nlink=1 sha256=1f0e0ed4cd24f53d1719aa90ffac23d1bedcbd454e3f3518e3d610112e96bfb1
/usr/share/man/man8/fsck.8.gz f 0644 0:0 size=4792 nlink=1 sha256=120adb604169a3c86caedb4847b594d0606fac5f563668af238e4cfb6cf36bdb
/usr/share/man/man8/fsck.cramfs.8.gz f 0644 0:0 size=1006 nlink=1 sha256=909d846024aadb7fe5259c52d6109040713b99d36fe60fe194ebb71eb54439b6
/usr/share/man/man8/fsck.ext2.8.gz l 0777 0:0 -> e2fsck.8.gz
/usr/share/man/man8/fsck.ext3.8.gz l 0777 0:0 -> e2fsck.8.gz
/usr/share/man/man8/fsck.ext4.8.gz l 0777 0:0 -> e2fsck.8.gz
/usr/share/man/man8/fsck.minix.8.gz f 0644 0:0 size=2130 nlink=1 sha256=556972daf7197af66012dafe558198c8bc8c59bea5b360aabea166fbf9d1b406
/usr/share/man/man8/fsfreeze.8.gz f 0644 0:0 size=1669 nlink=1 sha256=6987e383a9d723eb66920216c4333a73685870412ccfc25ba695607e9a41acf7
/usr/share/man/man8/fstab-decode.8.gz f 0644 0:0 size=1316 nlink=1 sha256=a99696def566633cf3f3169a721ac71cc2b93865818b7b966f820e6207507b5a
/usr/share/man/man8/fstrim.8.gz f 0644 0:0 size=2805 nlink=1 sha256=4ac61c0d198663570a189b3cc06ab29e40c2a91ebf4c1ae22607afe7295adaa6
/usr/share/man/man8/getty.8.gz l 0777 0:0 -> agetty.8.gz
/usr/share/man/man8/groupadd.8.gz f 0644 0:0 size=2960 nlink=1 sha256=2e373b7e638400d14d74c8881f010f9f7fa4773e75cada27667c1ee90bbf0d82
/usr/share/man/man8/groupdel.8.gz f 0644 0:0 size=1695 nlink=1 sha256=aa8ab9f0e97140d3de5c39a87a2f3b0b65605f0d41defd849a043c63350fcc5d
/usr/share/man/man8/groupmems.8.gz f 0644 0:0 size=1782 nlink=1 sha256=96606606206b4ea1c36be76772140cd001fa8ae19213190d1671f154e2e3ec2f
/usr/share/man/man8/groupmod.8.gz f 0644 0:0 size=2356 nlink=1 sha256=83d689ac52888a8bb71d2a3ae419ae95f0987b46380afbc6ba5ea1d5392cf815
/usr/share/man/man8/grpck.8.gz f 0644 0:0 size=2179 nlink=1 sha256=c62f6a6e061180ac6d0f6511b59c0ae68ebd6d1c4197192a88b33cf1c69e9665
/usr/share/man/man8/grpconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/man8/grpunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/man8/hwclock.8.gz f 0644 0:0 size=12560 nlink=1 sha256=f29104f454862f0006d6f163e9c8d67e7eb7c7ed8eb0d073ef8d4ad9ba34f015
/usr/share/man/man8/i386.8.gz l 0777 0:0 -> setarch.8.gz
/usr/share/man/man8/installkernel.8.gz f 0644 0:0 size=444 nlink=1 sha256=02d07c894d1e80b85ef805c4416449d09311b1b3e587d3b561c46e9e990a7f64
/usr/share/man/man8/invoke-rc.d.8.gz f 0644 0:0 size=2781 nlink=1 sha256=6f392a0970789783367abfd0e0d51abcf8c3515d908464c20dd5aff78f9c9bd7
/usr/share/man/man8/isosize.8.gz f 0644 0:0 size=1172 nlink=1 sha256=c159bc0a0976e5e3bc53bd313e04a90e5421243ceae564fb57c5ba16ab08ebc1
/usr/share/man/man8/killall5.8.gz f 0644 0:0 size=1055 nlink=1 sha256=a9efbb9dcdfcac36ef58806a5358c58cfc8d215bf1d2e3c2d49ad2457e210800
/usr/share/man/man8/lastlog.8.gz f 0644 0:0 size=1949 nlink=1 sha256=584384881fd7c3bb1f8251fd54dc48df0a93e14e78adda4955f08ae98e55e477
/usr/share/man/man8/ldattach.8.gz f 0644 0:0 size=2124 nlink=1 sha256=a877e242d235642b9b16aa5dea906dfb1277c2edc3d5b43e46bfa795a69302e8
/usr/share/man/man8/linux32.8.gz l 0777 0:0 -> setarch.8.gz
/usr/share/man/man8/linux64.8.gz l 0777 0:0 -> setarch.8.gz
/usr/share/man/man8/logsave.8.gz f 0644 0:0 size=823 nlink=1 sha256=8ecacd4b1ec986da1fceb90520ac260155257c67d2a43412cad6948fbf705e53
/usr/share/man/man8/losetup.8.gz f 0644 0:0 size=3083 nlink=1 sha256=64c24be1ad1676d48b6bf166fa26b383efb7e980c9dc50e796f4187a5e162c4a
/usr/share/man/man8/lsblk.8.gz f 0644 0:0 size=3991 nlink=1 sha256=502cb4976eea35d29d2e93d725dc1eb49b0431a25eff85613c89c0327fb31e16
/usr/share/man/man8/lslocks.8.gz f 0644 0:0 size=1973 nlink=1 sha256=43d557ed822514f9c087291a180fc6dcd3aaa455bda76b6eae570607ecf01ae4
/usr/share/man/man8/lsns.8.gz f 0644 0:0 size=1776 nlink=1 sha256=3f535de482b4594826c214294b8e580a5d7359d6c0eff944432d0d53370920ff
/usr/share/man/man8/mke2fs.8.gz f 0644 0:0 size=9060 nlink=1 sha256=cc0619ad19cca580a54d0a8d6e56a063a920b2346eed77179187c7e7dd73fa01
/usr/share/man/man8/mkfs.8.gz f 0644 0:0 size=1582 nlink=1 sha256=7a01bfb831cdafafda4c8e668fac3423775479435f66ac065c13929f04b9e9ee
/usr/share/man/man8/mkfs.bfs.8.gz f 0644 0:0 size=1105 nlink=1 sha256=8dabde0a456c71ebd5f871e683d6342159ab137899369b96f75c7eccbce03ac8
/usr/share/man/man8/mkfs.cramfs.8.gz f 0644 0:0 size=1458 nlink=1 sha256=6e74e4e32dc7c41d8554f490a30041e419682f4988da39ca1465f47187406718
/usr/share/man/man8/mkfs.ext2.8.gz l 0777 0:0 -> mke2fs.8.gz
/usr/share/man/man8/mkfs.ext3.8.gz l 0777 0:0 -> mke2fs.8.gz
/usr/share/man/man8/mkfs.ext4.8.gz l 0777 0:0 -> mke2fs.8.gz
/usr/share/man/man8/mkfs.minix.8.gz f 0644 0:0 size=1710 nlink=1 sha256=849fada26361b2289ef11a4bbb13dec1bc3393a8578a07927c72a9964f046239
/usr/share/man/man8/mkhomedir_helper.8.gz f 0644 0:0 size=912 nlink=1 sha256=feb3c093b173be7e468d0cb689f069e85c641ab0d1d01cba116fbe100b79dd86
/usr/share/man/man8/mklost+found.8.gz f 0644 0:0 size=695 nlink=1 sha256=f5db3c28e32b58e7772de7c0e96d16ad85203f8daa540170560dc48e925a9751
/usr/share/man/man8/mkswap.8.gz f 0644 0:0 size=2751 nlink=1 sha256=9202788f0a0d1879a7469a8f5d36704ec7e6a65488380a6d971b5c9a07c1df4d
/usr/share/man/man8/mount.8.gz f 0644 0:0 size=30146 nlink=1 sha256=b122e3090de7ab0d0a5a0c7b372d8595bf20f73363bc867402cfea903ff7bfdb
/usr/share/man/man8/newusers.8.gz f 0644 0:0 size=3379 nlink=1 sha256=0ba27bd8626f2b8a9ece6948d20db78315f89ea58e4aa5ad7f86fd715f925090
/usr/share/man/man8/nologin.8.gz f 0644 0:0 size=784 nlink=1 sha256=e357e82c7fa8be552bed2c7af27891fdb3655f05a99d1dcde31d31d2de5825ef
/usr/share/man/man8/pam-auth-update.8.gz f 0644 0:0 size=1736 nlink=1 sha256=eb6be3b91648e1e7121bdad88463fba7f1aeab2d94d9eb303432ed9acb0a57a5
/usr/share/man/man8/pam_access.8.gz f 0644 0:0 size=2152 nlink=1 sha256=02e4ece7878bec57c02c9ab12e92a74bd789a9829976e4e20c59b66acd6493dd
/usr/share/man/man8/pam_debug.8.gz f 0644 0:0 size=1399 nlink=1 sha256=6d8b956bc34752d5fb54ca2c7b23a4313133e9a3848a5568b55b6a9f74aff5d5
/usr/share/man/man8/pam_deny.8.gz f 0644 0:0 size=1099 nlink=1 sha256=72337e8d0799b7bcd3967e95bc9b831fdc6af65a88f81cf8cc5a2024b3fec507
/usr/share/man/man8/pam_echo.8.gz f 0644 0:0 size=1258 nlink=1 sha256=9fd36323e6822a55cea9bc0695c4268a403c545b8e0706c650950416e8e33b25
/usr/share/man/man8/pam_exec.8.gz f 0644 0:0 size=1891 nlink=1 sha256=83d6b4749ca61f886a16d5a9623848554266b74df0ddd4f6946141d63fba5ed6
/usr/share/man/man8/pam_faildelay.8.gz f 0644 0:0 size=1016 nlink=1 sha256=b991989f6e302fb1aca51c7d896d37f6c12d111c3cd1c581231db41c41e23b43
/usr/share/man/man8/pam_faillock.8.gz f 0644 0:0 size=2960 nlink=1 sha256=686fcbf1e181759fb9652425d74eb098ce0ce82f2f7cbee126845cf085c2fa96
/usr/share/man/man8/pam_filter.8.gz f 0644 0:0 size=2010 nlink=1 sha256=ed325bb8ad6da0f542637911e9632e9824ce8f248bd377b13f003383322944f5
/usr/share/man/man8/pam_ftp.8.gz f 0644 0:0 size=1462 nlink=1 sha256=596a9c53a7013ab8e25e984d75693337c402def2cb6ff842a62c8e7458c734f6
/usr/share/man/man8/pam_getenv.8.gz f 0644 0:0 size=2194 nlink=1 sha256=e47993417be4556e46532c3e3d70928921b7c65dc49bc05f03e3a1295b0894e1
/usr/share/man/man8/pam_group.8.gz f 0644 0:0 size=1414 nlink=1 sha256=3e2d68ad581882e2c54fb394a5b3a79b198b350a4740a69669575c5bf9d09d00
/usr/share/man/man8/pam_issue.8.gz f 0644 0:0 size=1320 nlink=1 sha256=19b9461d56941a6679f10c40e01a1ff9c8f3ef51cf394cecd09a30b9a1f35264
/usr/share/man/man8/pam_keyinit.8.gz f 0644 0:0 size=1893 nlink=1 sha256=09868b28d04021e531ce15a23e42aa7a076af4915c30e5abc5aae4d0494610b4
/usr/share/man/man8/pam_lastlog.8.gz f 0644 0:0 size=2018 nlink=1 sha256=61274e49f6c3755262777cc31050f88415dc9ec1ee349164fdd9a7a907935d3e
/usr/share/man/man8/pam_limits.8.gz f 0644 0:0 size=1892 nlink=1 sha256=22db5756faa8400c954046bd5839ea99f02d02e15cb79013054d857052159423
/usr/share/man/man8/pam_listfile.8.gz f 0644 0:0 size=2345 nlink=1 sha256=c151a2b2583c3f713ce4135c278ec328853d15b41cfd5b2531ca2824fad21637
/usr/share/man/man8/pam_localuser.8.gz f 0644 0:0 size=1383 nlink=1 sha256=a309f8ce631999334deb9fc2938390f7dcdde0d29d277fd2d1513175e505e897
/usr/share/man/man8/pam_loginuid.8.gz f 0644 0:0 size=1274 nlink=1 sha256=878b86e42f2176aa1336bc2d6f532afc058a30fcb57315ffb43e34fd2aecad07
/usr/share/man/man8/pam_mail.8.gz f 0644 0:0 size=1666 nlink=1 sha256=3cd9724e97d62b6a87ddde4bdc6d71ce69d848a9d0d3d1bcfc84d035d52e5d17
/usr/share/man/man8/pam_mkhomedir.8.gz f 0644 0:0 size=1612 nlink=1 sha256=8dba1e7852acdd511c0f46d0426ca387aec092f1041c6730938b2fae5e44d150
/usr/share/man/man8/pam_motd.8.gz f 0644 0:0 size=1823 nlink=1 sha256=ec5cb5dd35b9265cb3c784ce6634dee2ffd6bebcb1e35e2483e6425343c064ac
/usr/share/man/man8/pam_namespace.8.gz f 0644 0:0 size=2793 nlink=1 sha256=8f35dd961262558e6c9682f191c2dee339efe7d196bc795ac6d169be26429fa8
/usr/share/man/man8/pam_namespace_helper.8.gz f 0644 0:0 size=824 nlink=1 sha256=b157b3553bfceb3a886de448e0eac91a4a5898103744d8415edd9d1c244b2c3f
/usr/share/man/man8/pam_nologin.8.gz f 0644 0:0 size=1376 nlink=1 sha256=7949f9772e7def5e469bfc799a54f04449c6ef245bd6f9665fea4177fdfcbcc2
/usr/share/man/man8/pam_permit.8.gz f 0644 0:0 size=1042 nlink=1 sha256=f5384a683b56aea46ac6f02ffe55372282f305b0c9b03d5e6ad1951162e944ab
/usr/share/man/man8/pam_pwhistory.8.gz f 0644 0:0 size=1591 nlink=1 sha256=dcea1e6783e8a13e97c733c27aab12dd64b97dc8d80468051f9e80ea8f8e2426
/usr/share/man/man8/pam_rhosts.8.gz f 0644 0:0 size=1520 nlink=1 sha256=83eab1fc7e16d05e82418a36acdd169fbb5f7bac52741521ea9d7ff354595e49
/usr/share/man/man8/pam_rootok.8.gz f 0644 0:0 size=1150 nlink=1 sha256=196764336e007f843788f21dc6ca8be77a46208aa4d1e429b04d98062fe023ec
/usr/share/man/man8/pam_securetty.8.gz f 0644 0:0 size=1587 nlink=1 sha256=e56ca7bddeb6c09b84f66514bd41954f5b41415c9a944a7f1cb87275b3e1496c
/usr/share/man/man8/pam_sepermit.8.gz f 0644 0:0 size=1479 nlink=1 sha256=f66f38a109b753de79e64c8cf3feac0c1051ac718cc9dfa1a466622d8c5b0983
/usr/share/man/man8/pam_setquota.8.gz f 0644 0:0 size=1995 nlink=1 sha256=1c888ce2c7d84f77be9da72a1c28e5706b746d38e66487b37865577fee7d5bec
/usr/share/man/man8/pam_shells.8.gz f 0644 0:0 size=948 nlink=1 sha256=3492d0a5cce2e65054d2d7cd4205ea4f0dbcc13cbe8b90a96f4f3dfc809c653e
/usr/share/man/man8/pam_stress.8.gz f 0644 0:0 size=1855 nlink=1 sha256=e23a077a380f7d13e7c3a0022f9f87760458dc2fb97ba383c249ae0411ef7af6
/usr/share/man/man8/pam_succeed_if.8.gz f 0644 0:0 size=1798 nlink=1 sha256=83849ba8c6cda9847da851e9a069b86a810226b5556104c4ff0fe9ab786951d8
/usr/share/man/man8/pam_time.8.gz f 0644 0:0 size=1389 nlink=1 sha256=52229dcd6fa2555936d9f000657d948423edc98673903e136adf128b1b9586d1
/usr/share/man/man8/pam_timestamp.8.gz f 0644 0:0 size=1530 nlink=1 sha256=36409bf17d30502bd58b8d267ad79af14d6884989b916a5f19f0e762776d9c5b
/usr/share/man/man8/pam_timestamp_check.8.gz f 0644 0:0 size=1306 nlink=1 sha256=2d9ccddae64b71bdf35f43719ddff0716295db05f26c0e80efbd6d97682836d6
/usr/share/man/man8/pam_tty_audit.8.gz f 0644 0:0 size=1849 nlink=1 sha256=a6109eda451c3a3505a0dbfd46a890a7faf1b0225e8408cb0e9accc76e399cfb
/usr/share/man/man8/pam_umask.8.gz f 0644 0:0 size=1640 nlink=1 sha256=4d0efdbefccb4857cd62afadd711e5405a58d048fc3b83858389d0ac40ea06b0
/usr/share/man/man8/pam_unix.8.gz f 0644 0:0 size=3660 nlink=1 sha256=2869dc0ec8ebe0591ef106a14967b9ddba3f9b8a304f0fb1c9b20622eeeea07b
/usr/share/man/man8/pam_userdb.8.gz f 0644 0:0 size=1843 nlink=1 sha256=b7e3eddb3a919c84854cf26e990d1abd5ccc5c399169154989646a6be8f3803b
/usr/share/man/man8/pam_usertype.8.gz f 0644 0:0 size=1370 nlink=1 sha256=41e7f0e4335f16f07d787a45b69c21d294902f03dbe17cf14cc3ede935dc9dde
/usr/share/man/man8/pam_warn.8.gz f 0644 0:0 size=1090 nlink=1 sha256=fc844eaa53cac4588acc2843afcb13919aa8e58895a210bd271e95234068f923
/usr/share/man/man8/pam_wheel.8.gz f 0644 0:0 size=1515 nlink=1 sha256=902c5371bae85515e64bfb6a9b336a3567d629bebae589e85738080cc0f06f2c
/usr/share/man/man8/pam_xauth.8.gz f 0644 0:0 size=2248 nlink=1 sha256=342da2be5f0b3a242563c91f64602b0f5e219eb07cf41a6b533bd88a9dff0a9f
/usr/share/man/man8/partx.8.gz f 0644 0:0 size=2528 nlink=1 sha256=96a30ab91f675943a077525b52ee2eec06f45220378da098a69570a7776e8c4b
/usr/share/man/man8/pidof.8.gz f 0644 0:0 size=2060 nlink=1 sha256=f1339c7c451fcd60386ae8675b4316ccc57a286b7df1910ad779ad3b397d6acc
/usr/share/man/man8/pivot_root.8.gz f 0644 0:0 size=1507 nlink=1 sha256=6e399cc29b8a2dfcd1df67ec0dc0f652e5bdd237c7db6e878aa43cc3f56c88ec
/usr/share/man/man8/pwck.8.gz f 0644 0:0 size=2333 nlink=1 sha256=85083b59cfc84c10c17fd31b7d3c31cc80b87ccbd25efae22a1e6469d61a29d2
/usr/share/man/man8/pwconv.8.gz f 0644 0:0 size=2126 nlink=1 sha256=3ae78cc0af69f2a4269cf6373b4fd781abb398806926619f8f72801fea2a229c
/usr/share/man/man8/pwhistory_helper.8.gz f 0644 0:0 size=907 nlink=1 sha256=39262eec127f2280f09607db56b4e63e921e5fc614ec206493132bfce8eb47f1
/usr/share/man/man8/pwunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/man8/readprofile.8.gz f 0644 0:0 size=2431 nlink=1 sha256=37e72dff9db4c7d779134ca54bce10b2c11ddfdbea77e81e6cf592165f0ba444
/usr/share/man/man8/remove-shell.8.gz f 0644 0:0 size=315 nlink=1 sha256=fc2f06292a1ddcc56cb25c9955431ac9c65536dbcff17c0c6088cf94904edb4a
/usr/share/man/man8/resize2fs.8.gz f 0644 0:0 size=2359 nlink=1 sha256=9772c57fc0bb5fd7ec88e49144a7a9c054d879e8d0413847090f212b452e52a1
/usr/share/man/man8/resizepart.8.gz f 0644 0:0 size=865 nlink=1 sha256=b56ce640014ee4f53a12c73a883d1dca960d5ded671f3c296611ebe4e65e4cb7
/usr/share/man/man8/rmt-tar.8.gz f 0644 0:0 size=2393 nlink=1 sha256=a19cd50719113a29b3eee3ebfb019781336e9bbab8498c480f43b34c570ca429
/usr/share/man/man8/rmt.8.gz l 0777 0:0 -> /etc/alternatives/rmt.8.gz
/usr/share/man/man8/rtcwake.8.gz f 0644 0:0 size=3152 nlink=1 sha256=dcc3192a870591b34f8e58dd431edab3ad2d42c27f37a6143689f48ad9a53be9
/usr/share/man/man8/run-parts.8.gz f 0644 0:0 size=1829 nlink=1 sha256=aee58fd7d58a074c9494e89f649c3c231a8f93999ca120da0a5f5762d1c57ae6
/usr/share/man/man8/savelog.8.gz f 0644 0:0 size=1371 nlink=1 sha256=d86fa2bc27dc4747b653ebd5548513d4a77ec295ca61caad88fe5ca42690d596
/usr/share/man/man8/service.8.gz f 0644 0:0 size=1430 nlink=1 sha256=47b89e3096c02271f3f7bfb2181b8b7ac5b565bd9bfc16183b668184e9b2ca6e
/usr/share/man/man8/setarch.8.gz f 0644 0:0 size=2262 nlink=1 sha256=c5926dd6b9cd72a8dc0628bce598445aca3f0f620aff506c7bc54b1e2c92e379
/usr/share/man/man8/start-stop-daemon.8.gz f 0644 0:0 size=5880 nlink=1 sha256=01affefb49049ca6e70edea920ca5b826ca80d0ac26cb2092ecfb419080fc2b1
/usr/share/man/man8/sulogin.8.gz f 0644 0:0 size=1457 nlink=1 sha256=3ffca604353baecc7821c1611d45f9b75a1f6086ef6f107bd4f742d45e045bf4
/usr/share/man/man8/swaplabel.8.gz f 0644 0:0 size=1210 nlink=1 sha256=07351fcf90fdf421f48159507407aa6d726ba1acc6b728a2ec65d0bcec8e8516
/usr/share/man/man8/swapoff.8.gz l 0777 0:0 -> swapon.8.gz
/usr/share/man/man8/swapon.8.gz f 0644 0:0 size=3098 nlink=1 sha256=0700c927931f866344410194b99f91bf4785b735000f27b74ce7caa72a88b2f8
/usr/share/man/man8/switch_root.8.gz f 0644 0:0 size=1106 nlink=1 sha256=4f65842d2437dad35a96e67cacf2df0bea7c462a455f1ee109a268b427c77d47
/usr/share/man/man8/tune2fs.8.gz f 0644 0:0 size=8912 nlink=1 sha256=e96b02e9cd2bf0a94911d53554b5cfb682771bb59f6404645b4b193b35b788b5
/usr/share/man/man8/umount.8.gz f 0644 0:0 size=3952 nlink=1 sha256=242682f5a6298c2fe87c1127e059c2486bc9e6864e42272326b3b629eca4cc46
/usr/share/man/man8/unix_chkpwd.8.gz f 0644 0:0 size=864 nlink=1 sha256=9ad841538b7310c6a6b8562d687a9216f43ef8ea55f537a586080d786c0d2dc5
/usr/share/man/man8/unix_update.8.gz f 0644 0:0 size=873 nlink=1 sha256=498aaf56dfbc4939f46649928f9c30b126fa0b0836f25192cf670d041a4dacd4
/usr/share/man/man8/update-passwd.8.gz f 0644 0:0 size=1338 nlink=1 sha256=2e538cb9378ce43238906afc1c14f0ede08df42e097d648b7e413ed41f1b7f60
/usr/share/man/man8/update-rc.d.8.gz f 0644 0:0 size=2560 nlink=1 sha256=2bd7c65c606749c4c2e7fceab81a475e150cc93234003b84533dd400e4947ff8
/usr/share/man/man8/update-shells.8.gz f 0644 0:0 size=460 nlink=1 sha256=facff1d66cc20a753c897c8a4ceab113b7b0778034490e438c562e0ae022b350
/usr/share/man/man8/useradd.8.gz f 0644 0:0 size=6751 nlink=1 sha256=ff280df8f984540b48bfac8f48b15d72cb1feeea629248c7b4474494a847e9ae
/usr/share/man/man8/userdel.8.gz f 0644 0:0 size=3230 nlink=1 sha256=a4c42ac866bb4d3a5ae8c32d64b02383e0bfdda6f0eed4a4e80623f31aaf9df5
/usr/share/man/man8/usermod.8.gz f 0644 0:0 size=4573 nlink=1 sha256=e45eccb065eb8cd428cc38f7165d9f4cd117d1ccdcb4b690af7e884483398dec
/usr/share/man/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/man8/vipw.8.gz f 0644 0:0 size=1177 nlink=1 sha256=4073487b324971f2000117b5fcea57cc901813810250c93b53e4cd8b4d06f738
/usr/share/man/man8/wdctl.8.gz f 0644 0:0 size=1400 nlink=1 sha256=7876294422667c75a1a779d59deba0dda2592bfe2e24f7e7a1c1ec136491d30a
/usr/share/man/man8/wipefs.8.gz f 0644 0:0 size=2703 nlink=1 sha256=b70d29714140cb7677fe19c6609a3a005cf65c3117657b282bfda46e1d34b07b
/usr/share/man/man8/x86_64.8.gz l 0777 0:0 -> setarch.8.gz
/usr/share/man/man8/zramctl.8.gz f 0644 0:0 size=1965 nlink=1 sha256=ac92e39841e4792d2fe0f88fae0bd60dd9e5aaf1cd147f17208850825ed4b3b3
/usr/share/man/nl d 0755 0:0
/usr/share/man/nl/man1 d 0755 0:0
/usr/share/man/nl/man1/apt-transport-http.1.gz f 0644 0:0 size=3554 nlink=1 sha256=24face42996a7987846b3594b9edba07cddaab2f5daf6dfea77afc9a0a983026
/usr/share/man/nl/man1/apt-transport-https.1.gz f 0644 0:0 size=3153 nlink=1 sha256=d2e3ef83c4e8dfc2ccffb961ae052c3e798f0a6a33a88771df03fe52992d7b1d
/usr/share/man/nl/man1/apt-transport-mirror.1.gz f 0644 0:0 size=3810 nlink=1 sha256=523577200be3f0fc21622c3dd108408d69a7918a5ca228141258d054b2968e33
/usr/share/man/nl/man1/dpkg-deb.1.gz f 0644 0:0 size=5826 nlink=1 sha256=ce04d6974afffdd7072782f983229e8be9ca85437035d0a30a664bc6a6d98e51
/usr/share/man/nl/man1/dpkg-divert.1.gz f 0644 0:0 size=3993 nlink=1 sha256=dcc77491934cde7496ac2d34eeb684f7d15b377b620c56ef8fbfbb4123547bb3
/usr/share/man/nl/man1/dpkg-maintscript-helper.1.gz f 0644 0:0 size=5654 nlink=1 sha256=30598b3dede48bb3c23753060f441e85d638091713e2f9451d3291aff45cfb00
/usr/share/man/nl/man1/dpkg-query.1.gz f 0644 0:0 size=7244 nlink=1 sha256=d474153491db24e647c5659d8eea4b1a510ce69baa586f7f8fd9fecbb471958b
/usr/share/man/nl/man1/dpkg-realpath.1.gz f 0644 0:0 size=1996 nlink=1 sha256=cf97c888331f3c545ae87dced6ece6d02a365b08b55aa8f14a7bf349d1564bfa
/usr/share/man/nl/man1/dpkg-split.1.gz f 0644 0:0 size=4702 nlink=1 sha256=02a6cd5c1587db4d9154b53ed72341be5ec280db4d65cdf38fa9931fd4ea4efe
/usr/share/man/nl/man1/dpkg-statoverride.1.gz f 0644 0:0 size=3725 nlink=1 sha256=885fd8898f4b2990d0dbf3c49cbdda392f615c2d8d1382db1947dea5ce45c00d
/usr/share/man/nl/man1/dpkg-trigger.1.gz f 0644 0:0 size=2994 nlink=1 sha256=2645ef0127281bf89ba12ff56ad4d789755859894546373a7593c112ff676b58
/usr/share/man/nl/man1/dpkg.1.gz f 0644 0:0 size=18996 nlink=1 sha256=fa95c550f74ca60fd1a790060296983de1758a0fbd27e99354ce74ef41367957
/usr/share/man/nl/man1/update-alternatives.1.gz f 0644 0:0 size=7553 nlink=1 sha256=b9fb67011fb86994d2b3ad51b77f691fcd2710dd076d483785dbd3e4a47f2538
/usr/share/man/nl/man5 d 0755 0:0
/usr/share/man/nl/man5/adduser.conf.5.gz f 0644 0:0 size=3982 nlink=1 sha256=779057c3b98bb2e0b2d67b5828d8b7ce81ab2dd4407636beeedeb84754399d04
/usr/share/man/nl/man5/apt.conf.5.gz f 0644 0:0 size=17655 nlink=1 sha256=d5ecdb81a5ca0bdbc538429558135bbe8a2186179ba7d0511c2dcb096391aa14
/usr/share/man/nl/man5/apt_auth.conf.5.gz f 0644 0:0 size=2684 nlink=1 sha256=e15910b7007947e348b171be2d68aa06492fed19d9df6a3236fb8a0d527e8ba2
/usr/share/man/nl/man5/apt_preferences.5.gz f 0644 0:0 size=8539 nlink=1 sha256=fa105e497f79b2f70221c7e78af39574c42ad5035e349e4c47496d708a8e7daf
/usr/share/man/nl/man5/deluser.conf.5.gz f 0644 0:0 size=1698 nlink=1 sha256=4d73b81b0df5ecb9bfb530c3a3e88cf0aa340012994d6b7c60bfdda2566a02f7
/usr/share/man/nl/man5/dpkg.cfg.5.gz f 0644 0:0 size=1412 nlink=1 sha256=a33c7d869a4246aa845bae27cc3d13a506f20b4c2085f3e326a9673d036d91b5
/usr/share/man/nl/man5/sources.list.5.gz f 0644 0:0 size=10572 nlink=1 sha256=94dece01b12b4b7b7ab3442a324bdf00099ed6f87a4e5b1fca71c3c88f6bbca9
/usr/share/man/nl/man7 d 0755 0:0
/usr/share/man/nl/man7/apt-patterns.7.gz f 0644 0:0 size=3674 nlink=1 sha256=a9a49978c7efc2c6775aa2063a5f27ac180b71271afbf84a22b920500392672c
/usr/share/man/nl/man8 d 0755 0:0
/usr/share/man/nl/man8/adduser.8.gz f 0644 0:0 size=6635 nlink=1 sha256=4bee54e4ff9bf04b15df8556a5beb3871f0c95f8b3bc574de3a37cded66b96ff
/usr/share/man/nl/man8/apt-cache.8.gz f 0644 0:0 size=6864 nlink=1 sha256=71335d54db03649b78beddf2a0290d30e7db331119b5da5f1ea395aeab39571f
/usr/share/man/nl/man8/apt-cdrom.8.gz f 0644 0:0 size=2837 nlink=1 sha256=1a7aa8ca097a61439b687c829485999f13e5943e237c3f04b46779c3f10581cc
/usr/share/man/nl/man8/apt-config.8.gz f 0644 0:0 size=2508 nlink=1 sha256=1b45067f425da9d2d55e05e956638ac74ec61f8f4918e28ac6e45e9d129be4dd
/usr/share/man/nl/man8/apt-get.8.gz f 0644 0:0 size=11113 nlink=1 sha256=1818823f3937efb560e99124c38a7c2625e25ccab3bae7cdba9d9b83aa34f69a
/usr/share/man/nl/man8/apt-key.8.gz f 0644 0:0 size=3675 nlink=1 sha256=410fe3495942793717b4d64e6410f33ba9cf6b5dd0735c942d7fd626149d504c
/usr/share/man/nl/man8/apt-mark.8.gz f 0644 0:0 size=2916 nlink=1 sha256=5da62ff66217a3143f9493701c8bef0ab1d8aaa7272c76a6d8f94abc8393c650
/usr/share/man/nl/man8/apt-secure.8.gz f 0644 0:0 size=5002 nlink=1 sha256=c3fffe067a7cf2173a7aceef05b6b0938aa73d2098dd7f0d6113f3adbb05be9a
/usr/share/man/nl/man8/apt.8.gz f 0644 0:0 size=3903 nlink=1 sha256=b1008b6cb678548e9f9dfbb9644c904859e46ba6a1876054a1d10720fec19312
/usr/share/man/nl/man8/deluser.8.gz f 0644 0:0 size=3231 nlink=1 sha256=4156991bd022a8e137d6b2ea091476ef8f4af05d08d2ce80f40cbb5ee3e58202
/usr/share/man/nl/man8/dpkg-fsys-usrunmess.8.gz f 0644 0:0 size=3227 nlink=1 sha256=6aa50e68fc5b71b1b07b2284a14961b6fdfc8f99028f72affc7e42383404b774
/usr/share/man/nl/man8/start-stop-daemon.8.gz f 0644 0:0 size=6509 nlink=1 sha256=3d31364d51e3a4e7aa29fdb76b4a4f5000247fe6224330898dc34e17ccd762fb
/usr/share/man/pl d 0755 0:0
/usr/share/man/pl/man1 d 0755 0:0
/usr/share/man/pl/man1/chage.1.gz f 0644 0:0 size=2565 nlink=1 sha256=39c0e2d8e447586270e5d5d08c47e3d8f57f4a6703f28cc5f35e08a07014c720
/usr/share/man/pl/man1/chsh.1.gz f 0644 0:0 size=1434 nlink=1 sha256=ce675bcb3cd8a8642109ea4b028147d81c4c6d78b3f9192c995352f965b3afc0
/usr/share/man/pl/man1/dpkg-split.1.gz f 0644 0:0 size=4643 nlink=1 sha256=9f7e2f43d2053f26f03a66600914df65887552ff2852111894fbd67090f886f2
/usr/share/man/pl/man1/expiry.1.gz f 0644 0:0 size=910 nlink=1 sha256=dee9a783216bb33392d6fda94b2df0a2bd03c22ff9ac317b9f79d2a5221a40ae
/usr/share/man/pl/man1/newgrp.1.gz f 0644 0:0 size=1206 nlink=1 sha256=b1f7a12002792761c055de72bc20f0664afd3eb4b4f4dd4ccdfdb15eb2bd7f3d
/usr/share/man/pl/man1/sg.1.gz f 0644 0:0 size=1040 nlink=1 sha256=96a38a017cbc7f2569d9091e6535f0b7958f5c240fb0ad9002f3b2a278f4c840
/usr/share/man/pl/man1/which.1.gz l 0777 0:0 -> /etc/alternatives/which.pl1.gz
/usr/share/man/pl/man1/which.debianutils.1.gz f 0644 0:0 size=751 nlink=1 sha256=6808ab90d5791fde97fdb189ad3ea1d5788d2c36e8c292cc80ba67522fc32268
/usr/share/man/pl/man5 d 0755 0:0
/usr/share/man/pl/man5/apt_preferences.5.gz f 0644 0:0 size=8682 nlink=1 sha256=542453e9dbcf92acbeabd76b4320a6d5219ff9827319cc7a23c2d1546bd292b3
/usr/share/man/pl/man5/dpkg.cfg.5.gz f 0644 0:0 size=1578 nlink=1 sha256=b3fb75276662a17525e222d7374c096baf160997fcb5ccb47c97c3d886924c0f
/usr/share/man/pl/man5/faillog.5.gz f 0644 0:0 size=890 nlink=1 sha256=57e7021f51e5add1f5248af1ffcb4b334b3a387e3589906a7bb06800a601b279
/usr/share/man/pl/man8 d 0755 0:0
/usr/share/man/pl/man8/add-shell.8.gz f 0644 0:0 size=663 nlink=1 sha256=511eb863246ecb4d0adf0d53e03d289e56fb32b81e8a44171363c51486df4d0f
/usr/share/man/pl/man8/apt-cache.8.gz f 0644 0:0 size=7239 nlink=1 sha256=3e5a6094dd1dbc9aa278227235904023cbc4098e8bf3de0cb6f0620e47ec94fe
/usr/share/man/pl/man8/apt-cdrom.8.gz f 0644 0:0 size=2975 nlink=1 sha256=7b7207a6baff8a17ed3a3a7982052ec84d831e50ec04690e5080634f722f7c99
/usr/share/man/pl/man8/apt-config.8.gz f 0644 0:0 size=2594 nlink=1 sha256=17b0f4f337ba00907c1af9e15bc56ebd4f3a2aa1687898038d97176a261b00c1
/usr/share/man/pl/man8/faillog.8.gz f 0644 0:0 size=1757 nlink=1 sha256=93de6a30372b86178409ef9347ed2da626e0e8063f178d58dda768fd44341a96
/usr/share/man/pl/man8/groupadd.8.gz f 0644 0:0 size=2668 nlink=1 sha256=04a1c6515ad6354acfa0ae1b8444e68fc8988a7da5a3b5fe8bba472814951124
/usr/share/man/pl/man8/groupdel.8.gz f 0644 0:0 size=1465 nlink=1 sha256=2af172b6f92671a4f8e48ba1109bae23480ac48971c31a2d3c589892f5dea26c
/usr/share/man/pl/man8/groupmems.8.gz f 0644 0:0 size=1531 nlink=1 sha256=a70d62d6018e5612f2cefa682e9ff174a48c7beb9cc9f35df8eb19e5b42f9af1
/usr/share/man/pl/man8/groupmod.8.gz f 0644 0:0 size=2168 nlink=1 sha256=338371cc1fdb9e2245e51096c350009a534e7ee46b240b7e2c8da8753056f479
/usr/share/man/pl/man8/grpck.8.gz f 0644 0:0 size=1929 nlink=1 sha256=ad5b97f547e257467d21a68145e2d18d8597bfbdf1e064c8d58d144074cdb101
/usr/share/man/pl/man8/installkernel.8.gz f 0644 0:0 size=775 nlink=1 sha256=112139a5f3d9e8d7715d45f03e14209638a63499b69f4e9a7c347fae7437c506
/usr/share/man/pl/man8/lastlog.8.gz f 0644 0:0 size=1942 nlink=1 sha256=4e7aed5052befc9d0b3571f49241d2e0530eb9635b68e2b321aa8334ba23b738
/usr/share/man/pl/man8/remove-shell.8.gz f 0644 0:0 size=621 nlink=1 sha256=ec966693f22b1749f6e07c8b4556fd7e5b37b6c46994103df0c192a5b3aca1b7
/usr/share/man/pl/man8/run-parts.8.gz f 0644 0:0 size=2419 nlink=1 sha256=409610d12342ee1fc4e4a559c252f5143f41ce54846a21b2fa6ebd631a11af57
/usr/share/man/pl/man8/savelog.8.gz f 0644 0:0 size=1919 nlink=1 sha256=c8a04633491cb799dd0ecb8152e0893ec3941b79b6e196b89e26e64107609915
/usr/share/man/pl/man8/update-passwd.8.gz f 0644 0:0 size=1128 nlink=1 sha256=890e2fcd23c4aed7580e197f4f315c394d963855ea508bbaaa1715fc2345ee8c
/usr/share/man/pl/man8/userdel.8.gz f 0644 0:0 size=2349 nlink=1 sha256=21758ab576c4b1132ebd419b19ffdec3b347f10bdd78ebaf07c786d0b51f6f58
/usr/share/man/pl/man8/usermod.8.gz f 0644 0:0 size=3817 nlink=1 sha256=d7af5c40b03df1b46d7508e57cb12165422673715c19025e24ed461bb1ce2029
/usr/share/man/pl/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/pl/man8/vipw.8.gz f 0644 0:0 size=1253 nlink=1 sha256=5944514ef83dcdcbd1049834ee51a4bfaa5e467d0a51f03ec0ba01e261d0addb
/usr/share/man/pt d 0755 0:0
/usr/share/man/pt/man1 d 0755 0:0
/usr/share/man/pt/man1/apt-transport-http.1.gz f 0644 0:0 size=3391 nlink=1 sha256=d2c786028107ca7511d1310bb5a350d2dc36bc70cdbf9bdc38d7fabdf59d70da
/usr/share/man/pt/man1/apt-transport-https.1.gz f 0644 0:0 size=3045 nlink=1 sha256=956441c5aebc8c856c9bae81d46a186cbe4e4d43e147b36c27387cf705ebc666
/usr/share/man/pt/man1/apt-transport-mirror.1.gz f 0644 0:0 size=3595 nlink=1 sha256=44c1a4c1f3b927996eacda515078b025a385e136756d0c9dd72286570475b436
/usr/share/man/pt/man1/dpkg-deb.1.gz f 0644 0:0 size=5685 nlink=1 sha256=fdb5af0bd46c5efa69bc76f72cd8fc44aa324698ba5a38e1861f27e5f67905dc
/usr/share/man/pt/man1/dpkg-divert.1.gz f 0644 0:0 size=3918 nlink=1 sha256=57ca9b7f134361cbb435c0039d4ecf1a0ce97bbb95ea79a6c166603df0a97c88
/usr/share/man/pt/man1/dpkg-maintscript-helper.1.gz f 0644 0:0 size=5484 nlink=1 sha256=c6f8f06634066e507a644c51d7aa267c7a1999e9f5c9c90887c1f80b9883514e
/usr/share/man/pt/man1/dpkg-query.1.gz f 0644 0:0 size=7046 nlink=1 sha256=937b6ffd1051ad5969c4aa9b22bba4496cdea21bcc94d997ff1383506565f7e5
/usr/share/man/pt/man1/dpkg-realpath.1.gz f 0644 0:0 size=2066 nlink=1 sha256=38826cff8192318af4382cf1e46b1860535d95b79a77e1816cf928ea7c0c2d77
/usr/share/man/pt/man1/dpkg-split.1.gz f 0644 0:0 size=4581 nlink=1 sha256=3a73971f4cd0a8e0e9cdd410bb397e399f17fb7f1e7ba9691f330ccad1257133
/usr/share/man/pt/man1/dpkg-statoverride.1.gz f 0644 0:0 size=3763 nlink=1 sha256=d3eacc62d9bc6300d3f71af98bf578953152e3f287125ceee96e4adfffc1b78a
/usr/share/man/pt/man1/dpkg-trigger.1.gz f 0644 0:0 size=2923 nlink=1 sha256=96f33921f86a9d69b8ad47521be2d2afe8ea0d3fab039de760fbbaf3273a3a0b
/usr/share/man/pt/man1/dpkg.1.gz f 0644 0:0 size=17787 nlink=1 sha256=8d1cb117aeeca314518527476ce55abdf5186430de91e604a06ca7b8980184c3
/usr/share/man/pt/man1/update-alternatives.1.gz f 0644 0:0 size=7262 nlink=1 sha256=672e76469665c45f92f8cf1747871c8e0d5d2a265f11959e36293f0478066402
/usr/share/man/pt/man1/which.1.gz f 0644 0:0 size=558 nlink=1 sha256=b8e250ab588f0858b2ee0e4f0d4d97d3ea0ce63523d67ebffb287c59f60e09f5
/usr/share/man/pt/man5 d 0755 0:0
/usr/share/man/pt/man5/adduser.conf.5.gz f 0644 0:0 size=3899 nlink=1 sha256=9e032472463014a1d5252ae93079ebe32db92f3d3553e1911ba0a866b1b2d11a
/usr/share/man/pt/man5/apt.conf.5.gz f 0644 0:0 size=16306 nlink=1 sha256=923b819c81233f3b0053ee148777c9d79220a30725b6f3fb89898ab21c46ce57
/usr/share/man/pt/man5/apt_auth.conf.5.gz f 0644 0:0 size=2610 nlink=1 sha256=cd18434f804f06870f528020a8c701c1079c6b226ce4961af9f715ffdb5881ee
/usr/share/man/pt/man5/apt_preferences.5.gz f 0644 0:0 size=8060 nlink=1 sha256=10e7dc9517f921be15e0575249daa497a7555424ad798107c3f9359c9da5ce67
/usr/share/man/pt/man5/deluser.conf.5.gz f 0644 0:0 size=1747 nlink=1 sha256=86d098ce99425d977bbee77f1a8f96c76f75bef3d2e75a2d2204e7e25144f206
/usr/share/man/pt/man5/dpkg.cfg.5.gz f 0644 0:0 size=1500 nlink=1 sha256=3f584cce8a9dd83d5e96dda102d40a1cafe8c3aeff6a1f4c8cc36e6d9eda97d8
/usr/share/man/pt/man5/sources.list.5.gz f 0644 0:0 size=9944 nlink=1 sha256=159f3a30c52320ca9cf5a7a352718b7c6c5a6520b7c137fc6bd114697bf10694
/usr/share/man/pt/man7 d 0755 0:0
/usr/share/man/pt/man7/apt-patterns.7.gz f 0644 0:0 size=3555 nlink=1 sha256=c540b1aa0136db5a6ad26b02ff11dacd6f93959d5f2d180feb192da9a145a540
/usr/share/man/pt/man8 d 0755 0:0
/usr/share/man/pt/man8/add-shell.8.gz f 0644 0:0 size=446 nlink=1 sha256=5d13eac97a9f3085c44d5ec11efda32805a1c1b017f149ac36f96b2de08a2401
/usr/share/man/pt/man8/adduser.8.gz f 0644 0:0 size=6536 nlink=1 sha256=d88aecfcdef4853f979a69b95289ed6b461015b08c084cddbbc2f6421d7e6afe
/usr/share/man/pt/man8/apt-cache.8.gz f 0644 0:0 size=6553 nlink=1 sha256=74370901c58a3927a64a0d527fb9c1ae96f0fdb5793bd913d0fb0dd54d9d70f3
/usr/share/man/pt/man8/apt-cdrom.8.gz f 0644 0:0 size=2777 nlink=1 sha256=5f3cd4d8f3b28f15aee00b5d6206f30251fcb45481cf1397da63bf1e06719e9c
/usr/share/man/pt/man8/apt-config.8.gz f 0644 0:0 size=2439 nlink=1 sha256=aa91517cf00c3939c9a287694c3801fa29a22c97f28f339d1c7c8f2c8614840b
/usr/share/man/pt/man8/apt-get.8.gz f 0644 0:0 size=10718 nlink=1 sha256=3d2332ad927632d836f7c312d53fc1c353077e8dc5566919c2f38dc5592f61ce
/usr/share/man/pt/man8/apt-key.8.gz f 0644 0:0 size=3536 nlink=1 sha256=3943e3890ffd99b6850a9ed7d6775ca5de7646d9ea7d6b9353822e9fa2cb2126
/usr/share/man/pt/man8/apt-mark.8.gz f 0644 0:0 size=2839 nlink=1 sha256=04ea6a9e6f5d28e2cfe1035fe5e755c25588d41df4b0266bf3179d1eadc03773
/usr/share/man/pt/man8/apt-secure.8.gz f 0644 0:0 size=4749 nlink=1 sha256=f53c41c678fa9d4bd5b86ba09e524e6039fdacbfe778bea230f7fc34664c6d2a
/usr/share/man/pt/man8/apt.8.gz f 0644 0:0 size=3660 nlink=1 sha256=e258c0749777605233b5ab72565593b413d16d9c4911474eb6d33c0faca2b750
/usr/share/man/pt/man8/deluser.8.gz f 0644 0:0 size=3204 nlink=1 sha256=f7cb16f6305cc40933e84f71e18dd50b0335b2d715bf9344effbd515e8540e6e
/usr/share/man/pt/man8/dpkg-fsys-usrunmess.8.gz f 0644 0:0 size=3185 nlink=1 sha256=a7e12495de904d51d5361fa191a9163ebc4d2986319c7218234137406422f4b1
/usr/share/man/pt/man8/installkernel.8.gz f 0644 0:0 size=557 nlink=1 sha256=9f9cdf843213097c0efee827f00f55d2120e4a8385dba6c9f595ac9f9361ee6c
/usr/share/man/pt/man8/remove-shell.8.gz f 0644 0:0 size=399 nlink=1 sha256=0ee632566170ca1a6f0fddb43d9ec9ad42500ebaa3bc862ed6ab4ecf83fb09ab
/usr/share/man/pt/man8/run-parts.8.gz f 0644 0:0 size=2094 nlink=1 sha256=41230aa8c0ce8658fbbd412735c084010bcc4f6155d2a858bba5a2d55291bd72
/usr/share/man/pt/man8/savelog.8.gz f 0644 0:0 size=1644 nlink=1 sha256=1770f86b37b8af0f53b61849a6d98e25301fa1876ef7fdd6794475ea757dee80
/usr/share/man/pt/man8/start-stop-daemon.8.gz f 0644 0:0 size=6384 nlink=1 sha256=1f63a6b800d390621b00b46013c832e4e5cae89d3f0aab948aab4a82c7fb6153
/usr/share/man/pt_BR d 0755 0:0
/usr/share/man/pt_BR/man1 d 0755 0:0
/usr/share/man/pt_BR/man1/gpasswd.1.gz f 0644 0:0 size=1447 nlink=1 sha256=9feeef19638bf1a972b7bc2a4f1b5d844e1c146524608c50bef0e63f6760c324
/usr/share/man/pt_BR/man5 d 0755 0:0
/usr/share/man/pt_BR/man5/passwd.5.gz f 0644 0:0 size=2513 nlink=1 sha256=881d59477296bcc72b53e130e6deb0e00e279b5eaeebef6ef8d57785d1b0a7e2
/usr/share/man/pt_BR/man5/shadow.5.gz f 0644 0:0 size=1127 nlink=1 sha256=89a05571577a8a4415a4d566a45f645cb992a2929d1022c4d8bac1c0eb498fb1
/usr/share/man/pt_BR/man8 d 0755 0:0
/usr/share/man/pt_BR/man8/groupadd.8.gz f 0644 0:0 size=1627 nlink=1 sha256=01b4662b47d626be0ae8a9e03d97b47621648c4a8c00a3704bdab062fbec3000
/usr/share/man/pt_BR/man8/groupdel.8.gz f 0644 0:0 size=1182 nlink=1 sha256=e7d5060ab2b3827ece4002f86c485614c9cf78649b92e41dfa8073a71eb2af0b
/usr/share/man/pt_BR/man8/groupmod.8.gz f 0644 0:0 size=1295 nlink=1 sha256=ff55fb6f1cb3b42b2baf037de5bf6e4fe8f9a1f803b369949ed9c9e07fa0837c
/usr/share/man/ru d 0755 0:0
/usr/share/man/ru/man1 d 0755 0:0
/usr/share/man/ru/man1/chage.1.gz f 0644 0:0 size=2818 nlink=1 sha256=6d3591f88628d29d1b8d5c976a5b68c190164d53b96cc05ea12f3d06a4ad41e8
/usr/share/man/ru/man1/chfn.1.gz f 0644 0:0 size=1969 nlink=1 sha256=15cec4035c08d18ad5f92aefcfe77ecd71bb3ca2dab1dfea7d0947be0580e360
/usr/share/man/ru/man1/chsh.1.gz f 0644 0:0 size=1646 nlink=1 sha256=cad7bf1aa87f607eba62255d01371b6ee9d7a1dd0d07da0dd7744bdf64d4c84d
/usr/share/man/ru/man1/expiry.1.gz f 0644 0:0 size=1085 nlink=1 sha256=13dbf59acd669296ab02b58985cabfc5e01a755f575c485d2226ee835ba26ace
/usr/share/man/ru/man1/gpasswd.1.gz f 0644 0:0 size=1842 nlink=1 sha256=56f6abb4c68780199bf40dc155226e62b185100eb230ab4585847fbd27be0f2d
/usr/share/man/ru/man1/login.1.gz f 0644 0:0 size=2957 nlink=1 sha256=b3754378c557ecb4718a2b7249246732e1478dba3cc53594fc6bb20f85e4699e
/usr/share/man/ru/man1/newgrp.1.gz f 0644 0:0 size=1346 nlink=1 sha256=43214d97f48aada1403b5d767b12386727a9d2464ce340944ce8e38008543689
/usr/share/man/ru/man1/passwd.1.gz f 0644 0:0 size=4217 nlink=1 sha256=07590ed42e60f6aa2bc433e39b37460b47932d37e46c2bd47cac8fd68847823a
/usr/share/man/ru/man1/sg.1.gz f 0644 0:0 size=1176 nlink=1 sha256=5a102b08841c7f8fb4bc01ea7a59afd53358606030e7cb1bb229983313971345
/usr/share/man/ru/man5 d 0755 0:0
/usr/share/man/ru/man5/faillog.5.gz f 0644 0:0 size=1202 nlink=1 sha256=6610478081994d5c30619fd37c69c3cc212ffb24f092e7c629b2c749181721dc
/usr/share/man/ru/man5/gshadow.5.gz f 0644 0:0 size=1663 nlink=1 sha256=c321d55bba68a822b5fc3144d012ad6b5da3b3a4667c54136cf0669e8ed82e59
/usr/share/man/ru/man5/login.defs.5.gz f 0644 0:0 size=2316 nlink=1 sha256=b6b92c44152cc84a9dd316290e3905e954f5c31d7ea48c69093c6cff9ad95bf3
/usr/share/man/ru/man5/passwd.5.gz f 0644 0:0 size=1991 nlink=1 sha256=441e6bf2d9da425e0b58e3d9c7b3ef616494d91b0a142d70d501096b337823e4
/usr/share/man/ru/man5/semanage.conf.5.gz f 0644 0:0 size=2848 nlink=1 sha256=3e66d6385e45e9085de1095632a5facf1004ce796b50e9f011d1ed2c80c946fd
/usr/share/man/ru/man5/shadow.5.gz f 0644 0:0 size=2591 nlink=1 sha256=3fbe250d3a229b34cab1bb506af8c1caf9dffeeefc8e3833e49eb29017df1ed6
/usr/share/man/ru/man8 d 0755 0:0
/usr/share/man/ru/man8/chgpasswd.8.gz f 0644 0:0 size=2102 nlink=1 sha256=8aead6ba3be35154a42e1014641d1ef2a03c4be3637e745c49cfe9cac357c0ef
/usr/share/man/ru/man8/chpasswd.8.gz f 0644 0:0 size=2283 nlink=1 sha256=28acc336c812aa0f67244322c0f8022189b2334c540291cffef34d6c5befe54c
/usr/share/man/ru/man8/faillog.8.gz f 0644 0:0 size=2047 nlink=1 sha256=1bed6896ac09085e6034a34c6eaebeb2ca89d00ffd2e5a95f3d717b5740b8dc2
/usr/share/man/ru/man8/groupadd.8.gz f 0644 0:0 size=2912 nlink=1 sha256=571cdb05654112f320132dc50ea18613feed37fac974b09cb03cd87d66001141
/usr/share/man/ru/man8/groupdel.8.gz f 0644 0:0 size=1751 nlink=1 sha256=2504d7f592a4ac0201ea6ef4c00be82c5ea959b13d5466be39d08b2ac0634141
/usr/share/man/ru/man8/groupmems.8.gz f 0644 0:0 size=1717 nlink=1 sha256=d1556f2a85f27ef1b34b30b9d12f5e813f67bda6917f9d7ee0bd9b4326198702
/usr/share/man/ru/man8/groupmod.8.gz f 0644 0:0 size=2442 nlink=1 sha256=7619378e771aac95096d6b98b644eec226c79b066d21209a4ace057dcee29db4
/usr/share/man/ru/man8/grpck.8.gz f 0644 0:0 size=2172 nlink=1 sha256=e4364b732bb0b817a6ab68e8aded1604a9ee1521b0207e74a5fcbb7d61a25c4b
/usr/share/man/ru/man8/grpconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/ru/man8/grpunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/ru/man8/lastlog.8.gz f 0644 0:0 size=2227 nlink=1 sha256=1a85fc9b5360e1467e7f1cdd5d14fce2719301d16d31630493b9c7fc7f341ae6
/usr/share/man/ru/man8/newusers.8.gz f 0644 0:0 size=3086 nlink=1 sha256=99b83622e90f5b507c961473485cc0c5fcdbde1504d0a2cb7c0eb9ce4f1c8c6c
/usr/share/man/ru/man8/nologin.8.gz f 0644 0:0 size=895 nlink=1 sha256=0e24b920655b1293d75aed51cdbdaa945213f9a371ba7826cb96f71bcb1e7aac
/usr/share/man/ru/man8/pwck.8.gz f 0644 0:0 size=2459 nlink=1 sha256=b2f73228b859057db43bac7b7df1153de06a7f1b180250584b15bfca03269a16
/usr/share/man/ru/man8/pwconv.8.gz f 0644 0:0 size=1863 nlink=1 sha256=65812b7552e90e29c3382ea519454ef29048b8e89611b581ca445fab6c532d1f
/usr/share/man/ru/man8/pwunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/ru/man8/update-passwd.8.gz f 0644 0:0 size=2019 nlink=1 sha256=704c062cabf03c09579d7c1a75d7a91a33c36c4c97ce14b213309aecfea5bb7c
/usr/share/man/ru/man8/useradd.8.gz f 0644 0:0 size=6052 nlink=1 sha256=1c1efddaf44b573b751a81cc307a87e2ecf53030dd44b619d05d70eca4e6c504
/usr/share/man/ru/man8/userdel.8.gz f 0644 0:0 size=2766 nlink=1 sha256=a4d8dd0144e2909dfc0bb38c45455591bed19c30501c1400f811125d41c27f77
/usr/share/man/ru/man8/usermod.8.gz f 0644 0:0 size=4299 nlink=1 sha256=2de861e6207211ef93be6d1bd134d72b2f8617e7ad7a8653c588d88f9f4dd514
/usr/share/man/ru/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/ru/man8/vipw.8.gz f 0644 0:0 size=1472 nlink=1 sha256=b7ebb12c67f4e905d08e4ed4dbb44bd1958cb57a13c85fb533bb37a456dc35cd
/usr/share/man/sl d 0755 0:0
/usr/share/man/sl/man1 d 0755 0:0
/usr/share/man/sl/man1/which.1.gz l 0777 0:0 -> /etc/alternatives/which.sl1.gz
/usr/share/man/sl/man1/which.debianutils.1.gz f 0644 0:0 size=616 nlink=1 sha256=cc9010a44047d5e2872a76b7c27738d4f58b5137146af767ec9ae3ba6bf133bb
/usr/share/man/sl/man8 d 0755 0:0
/usr/share/man/sl/man8/add-shell.8.gz f 0644 0:0 size=498 nlink=1 sha256=2d9385c96294faf4b09a98cf76f7edd67fe0bd866d7031dca12770db59bec455
/usr/share/man/sl/man8/installkernel.8.gz f 0644 0:0 size=606 nlink=1 sha256=2ba38d55b8a5abbaa70dc06dfdc8e8833aa6e3c63fce5d4b422200703d3a3f81
/usr/share/man/sl/man8/remove-shell.8.gz f 0644 0:0 size=473 nlink=1 sha256=0e975715e1326baffc5bd843506f5c85c11f2d7e87a73979f7ce1003433d14f7
/usr/share/man/sl/man8/run-parts.8.gz f 0644 0:0 size=2099 nlink=1 sha256=c03f8866c965e3e7ab1a3728b7c7cb6ae641b444a846331dce67edc11abd64b4
/usr/share/man/sl/man8/savelog.8.gz f 0644 0:0 size=1669 nlink=1 sha256=06b7060371dad157d5dab475419463785308eb4cbe497cbd3d61a2b9fe52c742
/usr/share/man/sv d 0755 0:0
/usr/share/man/sv/man1 d 0755 0:0
/usr/share/man/sv/man1/chage.1.gz f 0644 0:0 size=2324 nlink=1 sha256=3b3de42009ce0fc1123496c9ff9f17e50ed3e9f3ef9ecd8b99584d4e46caa909
/usr/share/man/sv/man1/chsh.1.gz f 0644 0:0 size=1349 nlink=1 sha256=0d74bd6e0112cdf69fc48448ae489a504ecfa105a0a90a5d26eda52bab5b527a
/usr/share/man/sv/man1/dpkg-deb.1.gz f 0644 0:0 size=5538 nlink=1 sha256=fcff512ff45d64d0003ef36be7278d23f0b13a872c0ddb141596aa4659ee23cc
/usr/share/man/sv/man1/dpkg-divert.1.gz f 0644 0:0 size=3860 nlink=1 sha256=45bc4ade0e017db045d0baa03b6abff7e09f8f1df85dde72088e764aa16b0b6b
/usr/share/man/sv/man1/dpkg-maintscript-helper.1.gz f 0644 0:0 size=5294 nlink=1 sha256=ba553166848bf7c21bfff5d38735720d93d20595d862c24951e670caa635fc39
/usr/share/man/sv/man1/dpkg-query.1.gz f 0644 0:0 size=6738 nlink=1 sha256=274cab7ebcbc82970c82512b6c56e1c65ba8859caa2cc8e1e72d0dbc1a1730b3
/usr/share/man/sv/man1/dpkg-realpath.1.gz f 0644 0:0 size=1998 nlink=1 sha256=102c15a9d0536de8bd08e10ec9e512bce90a1e24cd6114d10489f71de735879e
/usr/share/man/sv/man1/dpkg-split.1.gz f 0644 0:0 size=4399 nlink=1 sha256=921aea7f9b3312c6fb871472c703d39db9231aa2a9d59e1daf7938650ed10830
/usr/share/man/sv/man1/dpkg-statoverride.1.gz f 0644 0:0 size=3633 nlink=1 sha256=714607073be46de9c49b053d2b2a1fab46ba9a362cc205d8c2b01ba80843469e
/usr/share/man/sv/man1/dpkg-trigger.1.gz f 0644 0:0 size=2856 nlink=1 sha256=f92783dfca951ed545304f186500a1104cf1311d7a019634a21d48d62ccd58d0
/usr/share/man/sv/man1/dpkg.1.gz f 0644 0:0 size=17704 nlink=1 sha256=302d33cc628e0aa9bb18d3ae186f6901165f5d01c21b4f02ffbedf0b8ab4bdd0
/usr/share/man/sv/man1/expiry.1.gz f 0644 0:0 size=876 nlink=1 sha256=96d1efaf10d7a4484189ced7a4a3f05cc3dc88055a5e816a95425b343afd08f4
/usr/share/man/sv/man1/newgrp.1.gz f 0644 0:0 size=1180 nlink=1 sha256=597a2866125f774e812273bf48d21f7efa8d8d87ff132ca8980e5687b38f373d
/usr/share/man/sv/man1/passwd.1.gz f 0644 0:0 size=3426 nlink=1 sha256=f8d9e9b199abff65ed416d49ad83f94cf6788d39b23d217cb96d46fa0ee88306
/usr/share/man/sv/man1/sg.1.gz f 0644 0:0 size=1024 nlink=1 sha256=ddc8eec9750aea23ca6abc770f4575366a75789da23ef8a4bad8a8ff60a1633c
/usr/share/man/sv/man1/update-alternatives.1.gz f 0644 0:0 size=6943 nlink=1 sha256=5b22044e4c740d04ec6c12285914b66d69bc0fba7d612e8a6a77a960e9d23f28
/usr/share/man/sv/man5 d 0755 0:0
/usr/share/man/sv/man5/dpkg.cfg.5.gz f 0644 0:0 size=1428 nlink=1 sha256=691e2441986ce8a056805b736905f7e40e93d4b0a45cfbe1995765409e00830c
/usr/share/man/sv/man5/faillog.5.gz f 0644 0:0 size=892 nlink=1 sha256=cc0f02d371953d82d27c16052a7159dedfe9876b9a9810da03cb7f4b8cb22e93
/usr/share/man/sv/man5/gshadow.5.gz f 0644 0:0 size=1305 nlink=1 sha256=73c749b964c50f61de1463e7268aba4bf2f38c2ecc6a9efe296a590dcafe30a1
/usr/share/man/sv/man5/passwd.5.gz f 0644 0:0 size=1688 nlink=1 sha256=9c798a820a29a18f309e2de8b4dee9ac9ef7f3d1b7e73cb3cfdf4f31aa19ad13
/usr/share/man/sv/man8 d 0755 0:0
/usr/share/man/sv/man8/dpkg-fsys-usrunmess.8.gz f 0644 0:0 size=3138 nlink=1 sha256=1c725705e4af3766fc9631e6e3a91adc5136afa2ec8b721b511a19cdcd349ad8
/usr/share/man/sv/man8/faillog.8.gz f 0644 0:0 size=1728 nlink=1 sha256=2735a583d11254c04cda7ad0731589a0b96dfa8518348204ec4173da7bee91ca
/usr/share/man/sv/man8/groupadd.8.gz f 0644 0:0 size=2602 nlink=1 sha256=2e84b7db311df3e71fb15abdad54b43c8df82d502d34fe921fca25b81f1306b6
/usr/share/man/sv/man8/groupdel.8.gz f 0644 0:0 size=1454 nlink=1 sha256=823f17b2b0562fb34b7ec2f1d266263bc0b87e37a96cae72a0239ab092b9a0fd
/usr/share/man/sv/man8/groupmems.8.gz f 0644 0:0 size=1514 nlink=1 sha256=7ecdb5430f664920dbf40944bc397ae8c21821f0df5eb58c41dd907aa231aa05
/usr/share/man/sv/man8/groupmod.8.gz f 0644 0:0 size=2115 nlink=1 sha256=6e28ba7c4d97c34df89f61d48cce6fa0ca7704b784ec24ef6745594b43077e43
/usr/share/man/sv/man8/grpck.8.gz f 0644 0:0 size=1915 nlink=1 sha256=c6b19df864c080b4aecfe144f35b8b63b838849807b976caf99a9832d7dbcb4c
/usr/share/man/sv/man8/lastlog.8.gz f 0644 0:0 size=1852 nlink=1 sha256=2badf3593033726cc500a76895e065431f6c6b9821f074445bc05991a081c4f2
/usr/share/man/sv/man8/nologin.8.gz f 0644 0:0 size=793 nlink=1 sha256=fa46ad56fe2a4692880f20147c08620311b4929662b4705ca1055261e3b44135
/usr/share/man/sv/man8/pwck.8.gz f 0644 0:0 size=2068 nlink=1 sha256=b28c4dd4be9403232179abcf7c22a5360fc13710dd91ed8e6920b8a1bbfe7e4e
/usr/share/man/sv/man8/start-stop-daemon.8.gz f 0644 0:0 size=6112 nlink=1 sha256=d50d356d76b26b71b1511499e83273374f3612f970c79af864bc8fb2daa295f1
/usr/share/man/sv/man8/userdel.8.gz f 0644 0:0 size=2333 nlink=1 sha256=2a23c83e14644493c01f4fa445e50b3dd554610d8ae63cbdd9a493ea5ef520d4
/usr/share/man/sv/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/sv/man8/vipw.8.gz f 0644 0:0 size=1212 nlink=1 sha256=cfe09d4bd7ad5e0dc4b1da93d3423c58ffaaf446c8f68884a7f2176ffd75e17a
/usr/share/man/tr d 0755 0:0
/usr/share/man/tr/man1 d 0755 0:0
/usr/share/man/tr/man1/chage.1.gz f 0644 0:0 size=1553 nlink=1 sha256=83f7f32077543664f08efb652d5b81b83d9e8f0e97f0c00096d30959674c465b
/usr/share/man/tr/man1/chfn.1.gz f 0644 0:0 size=1103 nlink=1 sha256=620b196725e6d445accd0709196b46c9130b2f9d2e2e5b08554c0566d37ffd61
/usr/share/man/tr/man1/login.1.gz f 0644 0:0 size=2898 nlink=1 sha256=b79a4ada7d0aa9713c1bd62ba09370471dcbae7e244e122092087e9e565ca6b4
/usr/share/man/tr/man1/passwd.1.gz f 0644 0:0 size=2839 nlink=1 sha256=b540a108be23b29d74c2783bbd5831e86dbef80e7edc10b666a566f708583e9a
/usr/share/man/tr/man5 d 0755 0:0
/usr/share/man/tr/man5/passwd.5.gz f 0644 0:0 size=2488 nlink=1 sha256=abcb0181d4d4fad4ad7060f1609e87ef56964d20735558a6f20bbd5656b40137
/usr/share/man/tr/man5/shadow.5.gz f 0644 0:0 size=1101 nlink=1 sha256=cd76f9bb340094158fcdf026584676b1ba8bcd59e97e373f420ca28bded1f4a9
/usr/share/man/tr/man8 d 0755 0:0
/usr/share/man/tr/man8/groupadd.8.gz f 0644 0:0 size=1098 nlink=1 sha256=547a2ffee2c844181887a65c593cae12c77896f029eafcda4743c777eb55b822
/usr/share/man/tr/man8/groupdel.8.gz f 0644 0:0 size=706 nlink=1 sha256=8b289ce7d27d7ec1fb1cfe44bcc3e3ee09c65f73fd4e00d464fa247fae98c36d
/usr/share/man/tr/man8/groupmod.8.gz f 0644 0:0 size=805 nlink=1 sha256=d4fbac31b63bf4d22d839f518f916c8d91a2a72583bd1912e9980bcaf6db5300
/usr/share/man/tr/man8/useradd.8.gz f 0644 0:0 size=2638 nlink=1 sha256=e366a8b4d1bdb4e8ed73b410aa6513cfbf6e27f4648c0dfa4d837998125b2830
/usr/share/man/tr/man8/userdel.8.gz f 0644 0:0 size=891 nlink=1 sha256=2f765d0a8196eb1eecc6843da10fe936aac344551ebabce6672769003476601b
/usr/share/man/tr/man8/usermod.8.gz f 0644 0:0 size=2006 nlink=1 sha256=7c384ec5e546c0361ad17c4204cf305b7aa2ab6b5ffb82e4820b9bb9399c119f
/usr/share/man/uk d 0755 0:0
/usr/share/man/uk/man1 d 0755 0:0
/usr/share/man/uk/man1/chage.1.gz f 0644 0:0 size=3122 nlink=1 sha256=05e056785e5a6babfd89972af9b81dd6d83f43310121bd8fad68a482e0d27a40
/usr/share/man/uk/man1/chfn.1.gz f 0644 0:0 size=2171 nlink=1 sha256=7719dd3440862cebfa6cb99e0aa4ed7fe0b67b60ee834d9ceb86a3ac2cb6a24c
/usr/share/man/uk/man1/chsh.1.gz f 0644 0:0 size=1792 nlink=1 sha256=418529fc5ab39e213bd7a5220582b0ef0b7371fa87cd785b6aee1793ece104b8
/usr/share/man/uk/man1/expiry.1.gz f 0644 0:0 size=1121 nlink=1 sha256=48fe38c2aab8294f72c673087e779066af44c540dc16a66c408727cca6773020
/usr/share/man/uk/man1/gpasswd.1.gz f 0644 0:0 size=2095 nlink=1 sha256=b03ae9eb266448ea71cd5d51596f0603c4186a913428642ce802d8e4c23a7a4d
/usr/share/man/uk/man1/login.1.gz f 0644 0:0 size=3204 nlink=1 sha256=51051e481f6095b62d62db890f80d2691933e4e31a9ba9aef50d94ddef1d41c6
/usr/share/man/uk/man1/newgrp.1.gz f 0644 0:0 size=1584 nlink=1 sha256=85321ee139e329c104146b799e7344aa61b39bfe76f59b57c81efbd89d08bced
/usr/share/man/uk/man1/passwd.1.gz f 0644 0:0 size=4367 nlink=1 sha256=5a9aad5c5eb59263bcacc3a39f643717d90491bc57c6aa494ddbb22526ed0992
/usr/share/man/uk/man1/sg.1.gz f 0644 0:0 size=1336 nlink=1 sha256=25a3421a6485e36df5d7b07127e0ecdd13feca201a8cb7969bd17c87d8c87b34
/usr/share/man/uk/man5 d 0755 0:0
/usr/share/man/uk/man5/faillog.5.gz f 0644 0:0 size=1176 nlink=1 sha256=673bfe574faf15ddeb7799419349a9189a5a69be21d6cc711cda7f8fe207e7e4
/usr/share/man/uk/man5/gshadow.5.gz f 0644 0:0 size=1712 nlink=1 sha256=9b8a7331c9c7e91eae9b485c26d03e48fde2477dddacfcc7c49954a5792b6826
/usr/share/man/uk/man5/login.defs.5.gz f 0644 0:0 size=2478 nlink=1 sha256=bd2fb8d2f2ed2278ef0af5b2da69e266bce5be4d220323b8df948a09fb3bd304
/usr/share/man/uk/man5/passwd.5.gz f 0644 0:0 size=2218 nlink=1 sha256=3df2dd5ea9de227a0f849f8a870d8e10278a77c2bb2ff5279ad3be4abbffb6b6
/usr/share/man/uk/man5/shadow.5.gz f 0644 0:0 size=2605 nlink=1 sha256=61da1c26747b4c861e905dd6459d81a10d205c24816999acc9b703e0ccea51b9
/usr/share/man/uk/man8 d 0755 0:0
/usr/share/man/uk/man8/chgpasswd.8.gz f 0644 0:0 size=2231 nlink=1 sha256=7f4c94ddb922ea66f9527628fe257cb24b2d143ee0e05c5f120f8abcabcc88fd
/usr/share/man/uk/man8/chpasswd.8.gz f 0644 0:0 size=2467 nlink=1 sha256=d478a784abfeb79037af4d2e83a9aeb7e474654874e69db95dd022b1d987e797
/usr/share/man/uk/man8/faillog.8.gz f 0644 0:0 size=2418 nlink=1 sha256=3543d771b456071045453d770ef8dd2813fccb690a91f241f49279c3005e6cbd
/usr/share/man/uk/man8/groupadd.8.gz f 0644 0:0 size=3458 nlink=1 sha256=772fdd2d429109570794a3bd284ecf82664ccf7930eb8a838d083c9881cc43d5
/usr/share/man/uk/man8/groupdel.8.gz f 0644 0:0 size=1944 nlink=1 sha256=96c21421adcfe28d03e91a6cee0fe775b690c6e7a517f6f4f133972d5373ad11
/usr/share/man/uk/man8/groupmems.8.gz f 0644 0:0 size=2004 nlink=1 sha256=71c39bb9be42d177e5e066f454355190d22555f8680f568cae1610dd005c17ef
/usr/share/man/uk/man8/groupmod.8.gz f 0644 0:0 size=2865 nlink=1 sha256=34b7b77864adb368c62bdb41c164680d16c7932591a3ab661170d4a0dd3b06ae
/usr/share/man/uk/man8/grpck.8.gz f 0644 0:0 size=2501 nlink=1 sha256=669bc60dc6ed960af5355ca7cf742ed7479149a756830c03610a42a71bcb2112
/usr/share/man/uk/man8/grpconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/uk/man8/grpunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/uk/man8/lastlog.8.gz f 0644 0:0 size=2481 nlink=1 sha256=41b4a99f406e8222e2c87060c614478474de3c4fa898e626c49288e87c405e7a
/usr/share/man/uk/man8/newusers.8.gz f 0644 0:0 size=3287 nlink=1 sha256=6699deb236644c8ee03c15052a4884fa025836c691a265584fa14454c60dfc5f
/usr/share/man/uk/man8/nologin.8.gz f 0644 0:0 size=1065 nlink=1 sha256=7a8c7fc8430d6fc8d101c71feefddfd19b988707f62073b9a61d07cf52616ede
/usr/share/man/uk/man8/pwck.8.gz f 0644 0:0 size=2723 nlink=1 sha256=399a42ac6b81e56c7f5b60029b26de4acab40c3ee45eca5cae5c7c4c3d233046
/usr/share/man/uk/man8/pwconv.8.gz f 0644 0:0 size=2088 nlink=1 sha256=3c937bfef43f2ad1af8f3d019c46062d37cd7095200bf6f824fda63f3c3db637
/usr/share/man/uk/man8/pwunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/uk/man8/useradd.8.gz f 0644 0:0 size=7321 nlink=1 sha256=59752170ff684815a7df1ece65118ba7014c8faf267ba076b2b4fcc836b2a7bc
/usr/share/man/uk/man8/userdel.8.gz f 0644 0:0 size=3180 nlink=1 sha256=7f5e70d9dc046d79c29d6173914d02b645a903b624d2d2946540db8b8464bff7
/usr/share/man/uk/man8/usermod.8.gz f 0644 0:0 size=5132 nlink=1 sha256=b05553dfceb2e4858e551fa2701a448c9193f06e03380a66013729272cbb4a15
/usr/share/man/uk/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/uk/man8/vipw.8.gz f 0644 0:0 size=1552 nlink=1 sha256=22c4a91eb3db030e144aa27354f03882fd29f840d0dfab17749e4746572d5a04
/usr/share/man/zh_CN d 0755 0:0
/usr/share/man/zh_CN/man1 d 0755 0:0
/usr/share/man/zh_CN/man1/chage.1.gz f 0644 0:0 size=2370 nlink=1 sha256=051dce32bd0b0afc3015d84afdc99150efbddd3905cc35a4b50bb4399c462520
/usr/share/man/zh_CN/man1/chfn.1.gz f 0644 0:0 size=1676 nlink=1 sha256=c140927ab54f6d77d284f18782c759795f44f04e8ecf75bfbb9f007f45081752
/usr/share/man/zh_CN/man1/chsh.1.gz f 0644 0:0 size=1438 nlink=1 sha256=5ce051cb15acc999081a271025ca00573b15e69e7166fa82e603e03b83314496
/usr/share/man/zh_CN/man1/expiry.1.gz f 0644 0:0 size=923 nlink=1 sha256=c6d4f5c632dc1e68a7c4574e0ed148efe9f3adaeaa3cf24804d48b1d37402c54
/usr/share/man/zh_CN/man1/gpasswd.1.gz f 0644 0:0 size=1623 nlink=1 sha256=a5441465f9fd8892636efb5685a93f4f10e32d1680a4ed13b62f030fd677ca32
/usr/share/man/zh_CN/man1/login.1.gz f 0644 0:0 size=2574 nlink=1 sha256=2009e9b70ff34f65b9b9d49c6498c02771d4cc567556785da970d596d3e64a07
/usr/share/man/zh_CN/man1/newgrp.1.gz f 0644 0:0 size=1234 nlink=1 sha256=fc2f6959f3f190fd8fb706850b351444321b8b5eae8cd1ec8459958b43266c4a
/usr/share/man/zh_CN/man1/passwd.1.gz f 0644 0:0 size=3605 nlink=1 sha256=4daf815bffe8fd9c74a1ce1679b3cc98bf16c873a71e3df895cce645aaa639ca
/usr/share/man/zh_CN/man1/sg.1.gz f 0644 0:0 size=1072 nlink=1 sha256=3fd367627b79e45bf8e2a4b354883403b1a1bb38187887e2431d7198950e0417
/usr/share/man/zh_CN/man5 d 0755 0:0
/usr/share/man/zh_CN/man5/faillog.5.gz f 0644 0:0 size=953 nlink=1 sha256=37d69a0805aed07cca393cc9e3fd80f90bb01e72ef1d614794f063e19dcd1eeb
/usr/share/man/zh_CN/man5/gshadow.5.gz f 0644 0:0 size=1442 nlink=1 sha256=e1de187c32266d5164698a11aec7b9512a1129fc91b455c38262a0fe2612d982
/usr/share/man/zh_CN/man5/login.defs.5.gz f 0644 0:0 size=2021 nlink=1 sha256=e80495ff75e25e444a184fcc707e1fb502f97baa6ac4b88aacc25098179173f3
/usr/share/man/zh_CN/man5/passwd.5.gz f 0644 0:0 size=1785 nlink=1 sha256=2bbd811bfc72fa21dcc5be70feae2dbb6092a8eb73063717ecb7cb3eec0610a6
/usr/share/man/zh_CN/man5/shadow.5.gz f 0644 0:0 size=2237 nlink=1 sha256=c323b2dc1a06155c5aa50712f9bef78afba493c38c0c4ba9bf3e1c9ce5bcd8a1
/usr/share/man/zh_CN/man8 d 0755 0:0
/usr/share/man/zh_CN/man8/chgpasswd.8.gz f 0644 0:0 size=1786 nlink=1 sha256=912105545c0c3cd8569f37d01a1572556f346a5f9b2c40fe07f808f2b469e401
/usr/share/man/zh_CN/man8/chpasswd.8.gz f 0644 0:0 size=1963 nlink=1 sha256=5de82ef5071ab5b2e51de0949806b86f30c3c4177f162774f4efb60eb4986a29
/usr/share/man/zh_CN/man8/faillog.8.gz f 0644 0:0 size=1824 nlink=1 sha256=34d50749b4192a20bad6393d6cc88e1c5d131f089d0912a97a34c0df2c405bf0
/usr/share/man/zh_CN/man8/groupadd.8.gz f 0644 0:0 size=2693 nlink=1 sha256=7fb11c65253b936a76a61bff7b7156ab9caa84b29b62879f117103d81c0cc827
/usr/share/man/zh_CN/man8/groupdel.8.gz f 0644 0:0 size=1519 nlink=1 sha256=c78feb96a35c76e070f90e2ad568448db3d5b224b65265f6caba1746cef2ada9
/usr/share/man/zh_CN/man8/groupmems.8.gz f 0644 0:0 size=1582 nlink=1 sha256=3a93d876715347d6acf241910db6f259d172529ac42f96dfb189dcd1214c7824
/usr/share/man/zh_CN/man8/groupmod.8.gz f 0644 0:0 size=2167 nlink=1 sha256=27379252f27673dcd2399c37fa1654c46160977573807d925c5066cca5123bfc
/usr/share/man/zh_CN/man8/grpck.8.gz f 0644 0:0 size=1982 nlink=1 sha256=65df97f478a96a5e72c2bea161a1dd0b289310334135d35836c09ddfdb671f45
/usr/share/man/zh_CN/man8/grpconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/zh_CN/man8/grpunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/zh_CN/man8/lastlog.8.gz f 0644 0:0 size=1937 nlink=1 sha256=51dad74869f879422ea1bf5410ddf8b2ea48a49844a9264877a099342859ee72
/usr/share/man/zh_CN/man8/newusers.8.gz f 0644 0:0 size=2657 nlink=1 sha256=3218e1caafde5da651957e3853fee9474db7cd964730ad76eab4e06a3aed184a
/usr/share/man/zh_CN/man8/nologin.8.gz f 0644 0:0 size=832 nlink=1 sha256=b11992e89bb8473648626c5c0d7ee40f3e327f12b33af59ad12aadf6f331c794
/usr/share/man/zh_CN/man8/pwck.8.gz f 0644 0:0 size=2211 nlink=1 sha256=f2ee36121b173ac1e75ae23bdcc787feaeb4d79131b0a12d5e74af2d41d022c6
/usr/share/man/zh_CN/man8/pwconv.8.gz f 0644 0:0 size=1691 nlink=1 sha256=700009bd55cd380e318801ac5ffb02a6785fd559401938cd9f0107c73963492e
/usr/share/man/zh_CN/man8/pwunconv.8.gz l 0777 0:0 -> pwconv.8.gz
/usr/share/man/zh_CN/man8/useradd.8.gz f 0644 0:0 size=5725 nlink=1 sha256=f96003e3d3911a674995fb803223527f3677ebf3fe8b539cde4b12df3f2502c2
/usr/share/man/zh_CN/man8/userdel.8.gz f 0644 0:0 size=2443 nlink=1 sha256=6e08c1673e4ec5894f01aa5c501fdc7a31a494e0d30139814604cb565e3832e6
/usr/share/man/zh_CN/man8/usermod.8.gz f 0644 0:0 size=4006 nlink=1 sha256=e9d86672a29a2299b4f2c0682b9c2187cb22d82d622177934dedfb614971453e
/usr/share/man/zh_CN/man8/vigr.8.gz l 0777 0:0 -> vipw.8.gz
/usr/share/man/zh_CN/man8/vipw.8.gz f 0644 0:0 size=1301 nlink=1 sha256=063a3efed4116095ca164b5db227a6ace9ed7a713408deb3c83ab8d0462618ef
/usr/share/man/zh_TW d 0755 0:0
/usr/share/man/zh_TW/man1 d 0755 0:0
/usr/share/man/zh_TW/man1/chfn.1.gz f 0644 0:0 size=938 nlink=1 sha256=6a9cb75af78d95f2da15a1a2b528af0aa546a2459e21d8cc954d83165f8d801b
/usr/share/man/zh_TW/man1/chsh.1.gz f 0644 0:0 size=710 nlink=1 sha256=e21a44b89ee2b3f54f97c3208c6e68142c07d63cc892a367bd6951a9f9d04e03
/usr/share/man/zh_TW/man1/newgrp.1.gz f 0644 0:0 size=776 nlink=1 sha256=3beca542c9a1e306501afffa3fa3a0dd3c9d89bc4b8747470d181a4cb4502364
/usr/share/man/zh_TW/man5 d 0755 0:0
/usr/share/man/zh_TW/man5/passwd.5.gz f 0644 0:0 size=2714 nlink=1 sha256=40cdfe672a62309575e4f732b4329bb86126f9763f7f91f576fe5d9cb6f14f92
/usr/share/man/zh_TW/man8 d 0755 0:0
/usr/share/man/zh_TW/man8/chpasswd.8.gz f 0644 0:0 size=1117 nlink=1 sha256=f78b8b6bb7174d94ba24b12fec81eb70f7c3647ce53283573e6a4eabc1b3c5fe
/usr/share/man/zh_TW/man8/groupadd.8.gz f 0644 0:0 size=1179 nlink=1 sha256=b18d60c87ef7e635d460f39a7a42d180505042cd7d4d8702a519919a3df3b77d
/usr/share/man/zh_TW/man8/groupdel.8.gz f 0644 0:0 size=593 nlink=1 sha256=a5a9bed0edcf12f24d8f91598ae01d3f28f9fc40678c6873d0b6ed0155fbd72e
/usr/share/man/zh_TW/man8/groupmod.8.gz f 0644 0:0 size=758 nlink=1 sha256=fc298dfcb2a79bbbc14ac43c1a5cef469c68b1bf286fbca24344451ae7d988a3
/usr/share/man/zh_TW/man8/useradd.8.gz f 0644 0:0 size=2403 nlink=1 sha256=67c11b7e739ce032462a26ceed20c995848bc01b338ec67d53f0288edece2e14
/usr/share/man/zh_TW/man8/userdel.8.gz f 0644 0:0 size=732 nlink=1 sha256=1cf6779a7ce8fe5b9ba4794c704e2914f096efec7487b132671270ab87f0468d
/usr/share/man/zh_TW/man8/usermod.8.gz f 0644 0:0 size=1841 nlink=1 sha256=234e5e534810a3863b2f05673b26b7c8263ff272723051b9979c24ea05bda714
/usr/share/menu d 0755 0:0
/usr/share/menu/bash f 0644 0:0 size=194 nlink=1 sha256=1e862c7883df7a31e995769e90b4e6b87399a70f2cad6b2ce95fd865975286aa
/usr/share/menu/dash f 0644 0:0 size=108 nlink=1 sha256=c8bdff923cdb32fc55c80c70546c344e22444dfdccdea6280d9c4c6fa25c7c38
/usr/share/misc d 0755 0:0
/usr/share/pam d 0755 0:0
/usr/share/pam-configs d 0755 0:0
/usr/share/pam-configs/mkhomedir f 0644 0:0 size=154 nlink=1 sha256=ea2840c7336e177f75943580824fe69a5edff790c30c1c40c286462151e22dfa
/usr/share/pam-configs/unix f 0644 0:0 size=672 nlink=1 sha256=66528ec667294fd2eaa1418ad4372f51e0c9a8fbe628275242276ca070639276
/usr/share/pam/common-account f 0644 0:0 size=1175 nlink=1 sha256=8657819f898333b2ff09e8bb4fcc6ffabb02acd015411d0ec89f28a70e672537
/usr/share/pam/common-account.md5sums f 0644 0:0 size=107 nlink=1 sha256=8e2e9985399c29f44638f97acc1b71f9b2b946cfedb21ead16a54cd12c25992a
/usr/share/pam/common-auth f 0644 0:0 size=1194 nlink=1 sha256=940827d13f472a45ebd38cca4c4b2f91b7fc22f08a266a9e987222e88df4cc9b
/usr/share/pam/common-auth.md5sums f 0644 0:0 size=159 nlink=1 sha256=9dfd7b4897f508b7e327e7a511c7d097551d7063145b411e266aa91f2c0c1d57
/usr/share/pam/common-password f 0644 0:0 size=1594 nlink=1 sha256=1544e26ce2ef5a2de1457824fa9fc2ce8a82d5a16de92a8f3b1b456e31827879
/usr/share/pam/common-password.md5sums f 0644 0:0 size=357 nlink=1 sha256=5f44a9db909d4ec8cc580261a4674f9a609ad5e7a776a7896087b738e9581b38
/usr/share/pam/common-session f 0644 0:0 size=1084 nlink=1 sha256=b954c8c0b6182cf0f10f89d572be0feec4652d4a296f51f854b55b0352251725
/usr/share/pam/common-session-noninteractive f 0644 0:0 size=1139 nlink=1 sha256=7ac763203bc998dde4c1ddbdf0c572be2afa61e3f59d82194a51f7b3a5d11f7f
/usr/share/pam/common-session-noninteractive.md5sums f 0644 0:0 size=46 nlink=1 sha256=c4e029edf22d18a793db84b3092d36b88ddfacc5e361b785364e4756755b10e1
/usr/share/pam/common-session.md5sums f 0644 0:0 size=174 nlink=1 sha256=b80d0e21fd90493886ba1dd4a4fbacf283e6ffc07815469a0ccb130f2e5d156b
/usr/share/perl5 d 0755 0:0
/usr/share/perl5/Debconf d 0755 0:0
/usr/share/perl5/Debconf/AutoSelect.pm f 0644 0:0 size=1948 nlink=1 sha256=1ba6314adcb7339b9730255a752b78863688d7628fe75fe5d02ea04607b7f80d
/usr/share/perl5/Debconf/Base.pm f 0644 0:0 size=499 nlink=1 sha256=66ddc0f2cb2cae1e92bce9f5ae48cc82aea652a9ade8ab86cf9a1a3093e1f3e1
/usr/share/perl5/Debconf/Client d 0755 0:0
/usr/share/perl5/Debconf/Client/ConfModule.pm f 0644 0:0 size=3900 nlink=1 sha256=7d1b308c40b249d160ca49488f5ef1658db695940b53c7bf83bc89f49640b066
/usr/share/perl5/Debconf/ConfModule.pm f 0644 0:0 size=15741 nlink=1 sha256=2aeb2dc9fdb7d9511a8839f894484bc8d5ac0e9b0dc22a9d43b1c339ccb5bef9
/usr/share/perl5/Debconf/Config.pm f 0644 0:0 size=7153 nlink=1 sha256=ce198ce50f9b5724d1e1f9e4da6ba2224b8ef586570bdf600e02b2b074b1a602
/usr/share/perl5/Debconf/Db.pm f 0644 0:0 size=1202 nlink=1 sha256=c0e7a554455e3cf9c42d937bbc8a701627b43f048cbf7a1d7590af44f218338f
/usr/share/perl5/Debconf/DbDriver d 0755 0:0
/usr/share/perl5/Debconf/DbDriver.pm f 0644 0:0 size=2364 nlink=1 sha256=f1ab41777506203508c4ac00b093fe33eb53dfcd506dcc0ff99a0eca455f7073
/usr/share/perl5/Debconf/DbDriver/Backup.pm f 0644 0:0 size=1638 nlink=1 sha256=0dd39de90e426e2062483ea468348aef62ecbdfb76fb1292728f3679a42b9dfd
/usr/share/perl5/Debconf/DbDriver/Cache.pm f 0644 0:0 size=4825 nlink=1 sha256=7075a4f322db7e12d96e2391267073cf11a01277ed972b8fd5285c8b3b89e272
/usr/share/perl5/Debconf/DbDriver/Copy.pm f 0644 0:0 size=950 nlink=1 sha256=d79bf94498c68355489fdd90c09d7aaa62116e42f0845ae78ba2c3b45fef9859
/usr/share/perl5/Debconf/DbDriver/Debug.pm f 0644 0:0 size=950 nlink=1 sha256=feb9793dbf296b01cc866c0bb792843e711f2126a2ed4171f4a1f2561da76cb8
/usr/share/perl5/Debconf/DbDriver/DirTree.pm f 0644 0:0 size=1990 nlink=1 sha256=57aba77c08bd3c0106b9d21c1c177984e20a477c2528b85b13ef1345b20af677
/usr/share/perl5/Debconf/DbDriver/Directory.pm f 0644 0:0 size=3700 nlink=1 sha256=f06b915254f33305754ee99b117e37424a3229686a39f40f3d025645a7353bc3
/usr/share/perl5/Debconf/DbDriver/File.pm f 0644 0:0 size=3722 nlink=1 sha256=234ec40b59147b5cb3f6540bad7a9c4390f0d8f3825afd6e1efcbaaeb6480cc5
/usr/share/perl5/Debconf/DbDriver/LDAP.pm f 0644 0:0 size=6226 nlink=1 sha256=633a36005440e5101b822a293751d63e0574787fe2b13157aacc2bc00fb0ef02
/usr/share/perl5/Debconf/DbDriver/PackageDir.pm f 0644 0:0 size=3671 nlink=1 sha256=081953795cd5ffbfc2b56cdc1e24c59f76be1fd7664ceaaee6688a55f12c1a3e
/usr/share/perl5/Debconf/DbDriver/Pipe.pm f 0644 0:0 size=1783 nlink=1 sha256=b50341f54a9e86d13c0fc1b607466df39f8db062f226b22123a97d73b1d73063
/usr/share/perl5/Debconf/DbDriver/Stack.pm f 0644 0:0 size=5256 nlink=1 sha256=f55d0e3f3f4f3ad8910ca1db54838eea67ee5b4fd4efdfa668e4fb23b432f6b9
/usr/share/perl5/Debconf/Element d 0755 0:0
/usr/share/perl5/Debconf/Element.pm f 0644 0:0 size=196 nlink=1 sha256=00c10272de11fd0ddfbacf752982b22623e629b9d796533c95d586d858ce2c39
/usr/share/perl5/Debconf/Element/Dialog d 0755 0:0
/usr/share/perl5/Debconf/Element/Dialog/Boolean.pm f 0644 0:0 size=729 nlink=1 sha256=81d60ef5716baeedcd3ec9ed5d59d8d310d6a187d7c902133770fa201604cfa5
/usr/share/perl5/Debconf/Element/Dialog/Error.pm f 0644 0:0 size=331 nlink=1 sha256=94044eacc5f6137204dc1c805e9323d8ee370163e21e16485961c073bd244c16
/usr/share/perl5/Debconf/Element/Dialog/Multiselect.pm f 0644 0:0 size=2188 nlink=1 sha256=5a89b6e6233776c40896589664ad74bf8c78235f23ebcc19e9dcda32beb21e9e
/usr/share/perl5/Debconf/Element/Dialog/Note.pm f 0644 0:0 size=330 nlink=1 sha256=768e0c2ebfbc4e9227ce359f38b2469e070135c56adba1ec7f5b7505e8ec87e6
/usr/share/perl5/Debconf/Element/Dialog/Password.pm f 0644 0:0 size=690 nlink=1 sha256=0f795cb55435e9660233584f899e769e263d1e605e9748860b5edb02ffad3aae
/usr/share/perl5/Debconf/Element/Dialog/Progress.pm f 0644 0:0 size=1846 nlink=1 sha256=abe844eae752340e23f9f21ddcb6b24764f0eb980471c25f5158c452cfce961d
/usr/share/perl5/Debconf/Element/Dialog/Select.pm f 0644 0:0 size=1688 nlink=1 sha256=024a308e995a3721990978bfc60d584e3a0fc8ed08753692727e1012cfdba322
/usr/share/perl5/Debconf/Element/Dialog/String.pm f 0644 0:0 size=788 nlink=1 sha256=6c2a414ab5362a2d25f5d080c18da7dfb6efee6d6073635b6e3f1da5793ffac8
/usr/share/perl5/Debconf/Element/Dialog/Text.pm f 0644 0:0 size=330 nlink=1 sha256=d95c589193ffc32fa5f5c7fb151a458f210ec17a8f33ef5d1644b61110c7a8b0
/usr/share/perl5/Debconf/Element/Editor d 0755 0:0
/usr/share/perl5/Debconf/Element/Editor/Boolean.pm f 0644 0:0 size=1009 nlink=1 sha256=03aaf5a065ce57bce012d4ac22f19c776eb5b49daf5842f06bf50de0948b7b17
/usr/share/perl5/Debconf/Element/Editor/Error.pm f 0644 0:0 size=165 nlink=1 sha256=dea5e8e710441f23f824944d013a72167c5e5a0eb9ed31502b543e6aea6d33ba
/usr/share/perl5/Debconf/Element/Editor/Multiselect.pm f 0644 0:0 size=916 nlink=1 sha256=6a607d19aec535e157cc301eb01a49d25335000d3312f5d0a06e9701d46edfb3
/usr/share/perl5/Debconf/Element/Editor/Note.pm f 0644 0:0 size=164 nlink=1 sha256=f3922ec83c3ff8ab7f2a0c9a832628c64aeff1a92249544259df48f642df14b7
/usr/share/perl5/Debconf/Element/Editor/Password.pm f 0644 0:0 size=171 nlink=1 sha256=e0802d54649714aafd6d6ef426ed4bf4f0429bc8b5ad930e8822b4835d66c4be
/usr/share/perl5/Debconf/Element/Editor/Progress.pm f 0644 0:0 size=235 nlink=1 sha256=f5b8cf39ff9f833f719d260e27466e4e11839a488286c25dacb56a23b049f831
/usr/share/perl5/Debconf/Element/Editor/Select.pm f 0644 0:0 size=834 nlink=1 sha256=4d8a031e7a23ad208675d097d700692b04304704fca6764630ffaeaa647843d0
/usr/share/perl5/Debconf/Element/Editor/String.pm f 0644 0:0 size=439 nlink=1 sha256=f8aec4b503d26da2b87eba5acb67456aa6752ad37add8915beee15646626d4a6
/usr/share/perl5/Debconf/Element/Editor/Text.pm f 0644 0:0 size=316 nlink=1 sha256=5478c4f864725771238f7a4d42071be055fdf1781098f9a67671ce4c082d6236
/usr/share/perl5/Debconf/Element/Gnome d 0755 0:0
/usr/share/perl5/Debconf/Element/Gnome.pm f 0644 0:0 size=2871 nlink=1 sha256=2de0e06b467b7c1682dc4f301cc2443076540c0450e21ab3ac0aba1f9b9d00a5
/usr/share/perl5/Debconf/Element/Gnome/Boolean.pm f 0644 0:0 size=684 nlink=1 sha256=254847cc4aeceeeb3b64a1c84cba614c2ce33dd63182246e5e1a8cf2f7d924fc
/usr/share/perl5/Debconf/Element/Gnome/Error.pm f 0644 0:0 size=1166 nlink=1 sha256=2292d7d3d45fd14c8ee4d276fdb1a6858365249df49868518114fb6dc19e682e
/usr/share/perl5/Debconf/Element/Gnome/Multiselect.pm f 0644 0:0 size=2477 nlink=1 sha256=df7fa143150ffcd85c5fe4cb83a79d533c0d6408e15537a593d4dd0217afbcfe
/usr/share/perl5/Debconf/Element/Gnome/Note.pm f 0644 0:0 size=1076 nlink=1 sha256=5f87a9c18562d15b6d7933e1e76894f5b7058d66dd738fd37b9aa07981561ed9
/usr/share/perl5/Debconf/Element/Gnome/Password.pm f 0644 0:0 size=580 nlink=1 sha256=58755994eafd92c42fd7765afb988f6e1522f1a43a289fc85ed0ffa712403a3f
/usr/share/perl5/Debconf/Element/Gnome/Progress.pm f 0644 0:0 size=1113 nlink=1 sha256=04f10cf7e7c163ec96266afb533bc94828ae1343e13af66c32fb47be2ef1d09d
/usr/share/perl5/Debconf/Element/Gnome/Select.pm f 0644 0:0 size=974 nlink=1 sha256=2a5bf7f95334d01613049b945144682653b977c49b664ca610fee3636c29b8bc
/usr/share/perl5/Debconf/Element/Gnome/String.pm f 0644 0:0 size=649 nlink=1 sha256=382add68ada4f5658b2efa1d5b0bc34356c6b5e3d5ca3445e2b1e17aac45e4e6
/usr/share/perl5/Debconf/Element/Gnome/Text.pm f 0644 0:0 size=290 nlink=1 sha256=5cd8ceb1ccaca18d12569710eca5a868b953b79fd3e5f4193fc4ae7440f5a204
/usr/share/perl5/Debconf/Element/Multiselect.pm f 0644 0:0 size=916 nlink=1 sha256=8f4919e0b67b61f650af51406b13998467a477cd04f7772bc8b5ad6cb18649c3
/usr/share/perl5/Debconf/Element/Noninteractive d 0755 0:0
/usr/share/perl5/Debconf/Element/Noninteractive.pm f 0644 0:0 size=342 nlink=1 sha256=e1b6db74cda4b4b43bdf2244350494ea6a53d13a1f7dfeaca90ed16b22d13791
/usr/share/perl5/Debconf/Element/Noninteractive/Boolean.pm f 0644 0:0 size=178 nlink=1 sha256=13e3e74cafc97617862521b51e2c4ba4b87e87658363d1537452fcd5d874d261
/usr/share/perl5/Debconf/Element/Noninteractive/Error.pm f 0644 0:0 size=1666 nlink=1 sha256=799e48fc5a362d653334159305bafe67cd451420d98988d3047d515b2408120b
/usr/share/perl5/Debconf/Element/Noninteractive/Multiselect.pm f 0644 0:0 size=182 nlink=1 sha256=14bbbea9a46115ea16632083ea3ba850b13594957e5dc49b7907ec07e14a0789
/usr/share/perl5/Debconf/Element/Noninteractive/Note.pm f 0644 0:0 size=175 nlink=1 sha256=88f2b6eaca06a4b404d62cbdaad4f497aa17aca4d44e785c3a78a763b66c24d4
/usr/share/perl5/Debconf/Element/Noninteractive/Password.pm f 0644 0:0 size=179 nlink=1 sha256=5a046112c91b00436a614d93590338a04ad14710cf3af56ebdb883041e38a955
/usr/share/perl5/Debconf/Element/Noninteractive/Progress.pm f 0644 0:0 size=258 nlink=1 sha256=f21d00539d3a4b8dafa82322d0e0cb1281f0493995723dfdd9a6fc7cc28a7434
/usr/share/perl5/Debconf/Element/Noninteractive/Select.pm f 0644 0:0 size=602 nlink=1 sha256=e0b972e4af3cefd2ab4858fac0a20df5ac91feb886bb8f0003cfac187581609b
/usr/share/perl5/Debconf/Element/Noninteractive/String.pm f 0644 0:0 size=177 nlink=1 sha256=505643b340d236ba8fe6e3bb930640e79ecf6ac15b43513456cb81228c946e23
/usr/share/perl5/Debconf/Element/Noninteractive/Text.pm f 0644 0:0 size=226 nlink=1 sha256=17d40add0e5bf98fdfb6ad5f71f337a04536c57c5b4e663cb6f5308398f27349
/usr/share/perl5/Debconf/Element/Select.pm f 0644 0:0 size=1982 nlink=1 sha256=249a05d5f564db0f40e09c13d79b0a77ab128563a19a1ceee585c3431b844d1e
/usr/share/perl5/Debconf/Element/Teletype d 0755 0:0
/usr/share/perl5/Debconf/Element/Teletype/Boolean.pm f 0644 0:0 size=1196 nlink=1 sha256=a97d6deb504426af124f6c1dd8d522a6abd009dbb37fbe0a3e2a284b921ea1f3
/usr/share/perl5/Debconf/Element/Teletype/Error.pm f 0644 0:0 size=170 nlink=1 sha256=a271b558a75a7617474d93cd77402c339334e84938651ea0a01f7336db09d010
/usr/share/perl5/Debconf/Element/Teletype/Multiselect.pm f 0644 0:0 size=2246 nlink=1 sha256=603d0c59e9b8ef1c9092873118a1335db9485250ab78dc9604ba9e0271c6b0c0
/usr/share/perl5/Debconf/Element/Teletype/Note.pm f 0644 0:0 size=403 nlink=1 sha256=0ea94576f9890a0f5f9a4a59361bd1e0f6153b3ff23b883e6078b2e08063155d
/usr/share/perl5/Debconf/Element/Teletype/Password.pm f 0644 0:0 size=629 nlink=1 sha256=9c3cc0ef1ccbe6da38b3885610369edef2005a691d043023c27689621e027a39
/usr/share/perl5/Debconf/Element/Teletype/Progress.pm f 0644 0:0 size=805 nlink=1 sha256=63968f89058f1066176e80bc3a4e4ada8f4f24dcf78fc56c722edc7aa12f0f9c
/usr/share/perl5/Debconf/Element/Teletype/Select.pm f 0644 0:0 size=3292 nlink=1 sha256=a5749589dee50745a7db1e2c6743788334381461cca018552058183edae81d8c
/usr/share/perl5/Debconf/Element/Teletype/String.pm f 0644 0:0 size=573 nlink=1 sha256=9bbe2c52e9629b135b888fe81fdcaf9eb1280076df252bb86292ba904aad8a1c
/usr/share/perl5/Debconf/Element/Teletype/Text.pm f 0644 0:0 size=315 nlink=1 sha256=f61a5ec96a09bf7671dadd87281a75622df7043b2736d788af6767f6827bcbba
/usr/share/perl5/Debconf/Element/Web d 0755 0:0
/usr/share/perl5/Debconf/Element/Web/Boolean.pm f 0644 0:0 size=660 nlink=1 sha256=e74c742b01709c060bd24a58f960c03cbe688a818919037295d6222f8c3165ee
/usr/share/perl5/Debconf/Element/Web/Error.pm f 0644 0:0 size=160 nlink=1 sha256=1699c8211d030d2d67fcfaafd5e30867d2661c21dad41c574dec2d88bd96ebc6
/usr/share/perl5/Debconf/Element/Web/Multiselect.pm f 0644 0:0 size=958 nlink=1 sha256=367f3dce72c5bb9e40587416570903867824a063eb04319b6d57afdce1039d01
/usr/share/perl5/Debconf/Element/Web/Note.pm f 0644 0:0 size=159 nlink=1 sha256=6654230ab4dc25692f22f7eae0798896067c2f5471ceabc4bbfdfa63258970aa
/usr/share/perl5/Debconf/Element/Web/Password.pm f 0644 0:0 size=483 nlink=1 sha256=aff9175f3d6d46cd1a98d602e670d565c66005bc1e482174ca8ca75b53a40300
/usr/share/perl5/Debconf/Element/Web/Progress.pm f 0644 0:0 size=231 nlink=1 sha256=430c8365d9c3278fc0375434cc93725f8fa75a5353b072f0f8cfdfe4c7dd4dfc
/usr/share/perl5/Debconf/Element/Web/Select.pm f 0644 0:0 size=877 nlink=1 sha256=42a7752151c302e29228a17fa3d0fa8bd65dc999025846c013ee580e06d78766
/usr/share/perl5/Debconf/Element/Web/String.pm f 0644 0:0 size=467 nlink=1 sha256=3dacc1ab78f01cd9db77d95163cc33fec708f1ba1d3ca10146f5b14c6096def7
/usr/share/perl5/Debconf/Element/Web/Text.pm f 0644 0:0 size=315 nlink=1 sha256=03e9ea3bda1040086d423f3fbe2ee6cc93f59d90d26b4bf8554ab5c6cdc73885
/usr/share/perl5/Debconf/Encoding.pm f 0644 0:0 size=1487 nlink=1 sha256=801fe349da27f9312f3b6c60ea38e44e34bf7fce5138a0a9235b5efd1f7ff7eb
/usr/share/perl5/Debconf/Format d 0755 0:0
/usr/share/perl5/Debconf/Format.pm f 0644 0:0 size=133 nlink=1 sha256=5ce727bb1a20759b641ffb8bd6c45176bae65e65f907e237c6dc1f093899b02f
/usr/share/perl5/Debconf/Format/822.pm f 0644 0:0 size=2139 nlink=1 sha256=47bb2e39010d9e051b79bdae364bb5824c663441b05037babae6a634fd4c0fb4
/usr/share/perl5/Debconf/FrontEnd d 0755 0:0
/usr/share/perl5/Debconf/FrontEnd.pm f 0644 0:0 size=2864 nlink=1 sha256=e7a545c137bb45bfc70dc75f6f14f2246219a4cf9a60344bff9dcf04b1e25b33
/usr/share/perl5/Debconf/FrontEnd/Dialog.pm f 0644 0:0 size=7833 nlink=1 sha256=f6fced693baebfa47caf48ec1ab465ec44fe28b1942fe48e5d5bb90ed59fbcc0
/usr/share/perl5/Debconf/FrontEnd/Editor.pm f 0644 0:0 size=2165 nlink=1 sha256=24b3da6ed94ce2682a51501683188675dbb50d4b154496e875ef1488c391711c
/usr/share/perl5/Debconf/FrontEnd/Gnome.pm f 0644 0:0 size=7516 nlink=1 sha256=0bcbe1bc51af79f25aa3c2de2427cd27936c5e1aff04ffb45b6dc4cd92d58de7
/usr/share/perl5/Debconf/FrontEnd/Kde.pm f 0644 0:0 size=2085 nlink=1 sha256=af31800eed184035c7cb762fdeff4ecf77d76b37fe433836cfed540c38dacccd
/usr/share/perl5/Debconf/FrontEnd/Noninteractive.pm f 0644 0:0 size=734 nlink=1 sha256=1604a04e4c2ddebc03659bef3bfe94a1f97330ca8e4ea88b036b10ca509308e5
/usr/share/perl5/Debconf/FrontEnd/Passthrough.pm f 0644 0:0 size=7160 nlink=1 sha256=ef86bb94c07c56f825585a680e65bdfe5f5f2cf6abc31903643945e1fa949cf2
/usr/share/perl5/Debconf/FrontEnd/Readline.pm f 0644 0:0 size=3581 nlink=1 sha256=029fc88afb9c65b4c5ad675297717b9648c9b42ef7f4d23a936bffc26b26d034
/usr/share/perl5/Debconf/FrontEnd/ScreenSize.pm f 0644 0:0 size=881 nlink=1 sha256=abd4a309996b0f8798df81bd51d881fa014b66ebbd0d626220884aee2868922e
/usr/share/perl5/Debconf/FrontEnd/Teletype.pm f 0644 0:0 size=1573 nlink=1 sha256=e01ec0a98b14a8092dda1656e66248212dc4f164248f4058178e2964e5b72928
/usr/share/perl5/Debconf/FrontEnd/Text.pm f 0644 0:0 size=155 nlink=1 sha256=cf4595fb746e12a9c0a43cd6806aec7d45523aa71b2bf9d98328d8c713c8470b
/usr/share/perl5/Debconf/FrontEnd/Web.pm f 0644 0:0 size=2665 nlink=1 sha256=ca7b97f7c6ecd207e6b161a89a0d42e5e547c81206b09c430b9a4ac1f0b9f847
/usr/share/perl5/Debconf/Gettext.pm f 0644 0:0 size=301 nlink=1 sha256=a88fa616d014b4668aa0acddd4b62c6f16f23ca4d770f74c42a465bccd757ddf
/usr/share/perl5/Debconf/Iterator.pm f 0644 0:0 size=198 nlink=1 sha256=25e26945b7cd46f0807fc71e4aa0187668d883f9068076356ec4fc3515d58b15
/usr/share/perl5/Debconf/Log.pm f 0644 0:0 size=914 nlink=1 sha256=295705788c02bc5ecab17acab91e8bca411c88a5ec5404b64ea1bf85f408d98a
/usr/share/perl5/Debconf/Path.pm f 0644 0:0 size=291 nlink=1 sha256=028380a22abab29ad18b0f4411bb3f1a1f3bf192f139ae61121393cebf5acc6e
/usr/share/perl5/Debconf/Priority.pm f 0644 0:0 size=642 nlink=1 sha256=bf398f78a07d12eb8aee3fb782ffd002f311027279d076eaa6fffd0de11ce0d1
/usr/share/perl5/Debconf/Question.pm f 0644 0:0 size=5867 nlink=1 sha256=457f0d6a12d8dc4ab1fc109b5c54c423a703184630b50e49abfd3b2cbba2e640
/usr/share/perl5/Debconf/Template d 0755 0:0
/usr/share/perl5/Debconf/Template.pm f 0644 0:0 size=8201 nlink=1 sha256=4ee3d67fccb651ed7bca60a48bd85758e3a177fdda3167a5209f1513379eb6ac
/usr/share/perl5/Debconf/Template/Transient.pm f 0644 0:0 size=1108 nlink=1 sha256=3a0e780834bf3c643f32931ad4fe02b3447343b1a54def72f03e15823e6723ae
/usr/share/perl5/Debconf/TmpFile.pm f 0644 0:0 size=374 nlink=1 sha256=01a27c6a5acbf11d145efb8341e0328892a0c00db0526ad522a8c2165e4e01f6
/usr/share/perl5/Debian d 0755 0:0
/usr/share/perl5/Debian/AdduserCommon.pm f 0644 0:0 size=9521 nlink=1 sha256=f4a24f0721dde56f6836e005b736f932216b8c190ef007d554b9465a23065e7a
/usr/share/perl5/Debian/DebConf d 0755 0:0
/usr/share/perl5/Debian/DebConf/Client d 0755 0:0
/usr/share/perl5/Debian/DebConf/Client/ConfModule.pm f 0644 0:0 size=610 nlink=1 sha256=18613eb5076afb75cd5cd97811c465b78533ab566d482023c9f3379f4f7fe7a0
/usr/share/pixmaps d 0755 0:0
/usr/share/pixmaps/debian-logo.png f 0644 0:0 size=1678 nlink=1 sha256=eeeb058f68ea680bd614a470f65df439ee8d7ca0af74981fab3aabd607707644
/usr/share/polkit-1 d 0755 0:0
/usr/share/polkit-1/actions d 0755 0:0
/usr/share/polkit-1/actions/org.dpkg.pkexec.update-alternatives.policy f 0644 0:0 size=4024 nlink=1 sha256=af82bab73789222d98736a6f6e060b788f46b19acd01e3010ca49036de759fb5
/usr/share/tabset d 0755 0:0
/usr/share/tabset/std f 0644 0:0 size=135 nlink=1 sha256=fbadb5f608b355fe481c0c7d9c6265b2372bfa35250662f81f68d46540080770
/usr/share/tabset/stdcrt f 0644 0:0 size=95 nlink=1 sha256=cf6c37b18ceea7c306f7e3a5e604a03b0dfb9c22ec99163e4b52f885ce063145
/usr/share/tabset/vt100 f 0644 0:0 size=160 nlink=1 sha256=075251754239d9973945d82b95c18cd90997acd2017393e70c8832e9297de056
/usr/share/tabset/vt300 f 0644 0:0 size=64 nlink=1 sha256=61f8388cad6a381feb819bc6a8d299d06a853d15e1f4bfdfd6b6f40069ad4956
/usr/share/terminfo d 0755 0:0
/usr/share/util-linux d 0755 0:0
/usr/share/util-linux/logcheck d 0755 0:0
/usr/share/util-linux/logcheck/ignore.d.server d 0755 0:0
/usr/share/util-linux/logcheck/ignore.d.server/util-linux f 0644 0:0 size=155 nlink=1 sha256=3d25dc26469558ee0720665c24a7e68bb7231771b1ce72384f834285648783e9
/usr/share/zoneinfo d 0755 0:0
/usr/share/zoneinfo/Africa d 0755 0:0
/usr/share/zoneinfo/Africa/Abidjan f 0644 0:0 size=148 nlink=1 sha256=d2efac4e5f23d88c95d72c1db42807170f52f43dd98a205af5a92a91b9f2d997
/usr/share/zoneinfo/Africa/Accra f 0644 0:0 size=1060 nlink=1 sha256=7346770dc7af569c724fd1ce816d7149ffdff3e303420059faa1557cc959e115
/usr/share/zoneinfo/Africa/Addis_Ababa f 0644 0:0 size=185 nlink=1 sha256=fc87a606ec2e31f061a7806193472eb39181dd3b1a8a3563f404992bc693a77b
/usr/share/zoneinfo/Africa/Algiers f 0644 0:0 size=735 nlink=1 sha256=bda1698cd542c0e6e76dfbbcdab390cdd26f37a9d5826a57a50d5aab37f3b2a6
/usr/share/zoneinfo/Africa/Asmara f 0644 0:0 size=204 nlink=1 sha256=65af76431c1dd400e1ada6687e648e0fba1f80138acccdf7987cd3e1cd01b199
/usr/share/zoneinfo/Africa/Asmera l 0777 0:0 -> Nairobi
/usr/share/zoneinfo/Africa/Bamako f 0644 0:0 size=208 nlink=1 sha256=a212ea76ad201e8a956438bd008cd333ead81dac3ebcd2df4fcddc5b0f59165e
/usr/share/zoneinfo/Africa/Bangui f 0644 0:0 size=149 nlink=1 sha256=a72ce103a74d3432bfd869efa0276a8eb4f83398f93d94e922f793b9ef7beaef
/usr/share/zoneinfo/Africa/Banjul f 0644 0:0 size=216 nlink=1 sha256=f511d8d1785320b80330d02f1d8ff3a6619f71f09539a73daba97f91cf630f5e
/usr/share/zoneinfo/Africa/Bissau f 0644 0:0 size=194 nlink=1 sha256=223bb10cfe846620c716f97f6c74ba34deec751c4b297965a28042f36f69a1a9
/usr/share/zoneinfo/Africa/Blantyre f 0644 0:0 size=209 nlink=1 sha256=de96b327c8198764a41bc035efd36b63075f618e7db479ebf451226a54d4bd42
/usr/share/zoneinfo/Africa/Brazzaville f 0644 0:0 size=149 nlink=1 sha256=4680eb49f8aa6b167969f6e27221d859792357cefe0285eb03f60725db664d57
/usr/share/zoneinfo/Africa/Bujumbura f 0644 0:0 size=149 nlink=1 sha256=c880a655aba172cecd4ae8eddd5f8d4cdde07686f00223e4adcc086dad320e7e
/usr/share/zoneinfo/Africa/Cairo f 0644 0:0 size=2399 nlink=1 sha256=2dfb7e1822d085a4899bd56a526b041681c84b55617daee91499fd1990a989fb
/usr/share/zoneinfo/Africa/Casablanca f 0644 0:0 size=2429 nlink=1 sha256=e11a956f0fc5dd9b9ca29202da2bc027c583c23e7044e0c007aeed0697577200
/usr/share/zoneinfo/Africa/Ceuta f 0644 0:0 size=2052 nlink=1 sha256=0b0fb6fe714319b37c5aa22c56971abb2668a165fc8f72a6c763e70b47c7badf
/usr/share/zoneinfo/Africa/Conakry f 0644 0:0 size=208 nlink=1 sha256=93b62b3d76c1d4a477d84d232c576f9b9f21e428a42635db94eaca2c59b7b2ec
/usr/share/zoneinfo/Africa/Dakar f 0644 0:0 size=182 nlink=1 sha256=40733be9374ab5a9bd38be2be2664e538f97a265bbe7d898a6167d3800cb228b
/usr/share/zoneinfo/Africa/Dar_es_Salaam f 0644 0:0 size=213 nlink=1 sha256=4fc4f312a5287024c7f8473d753b6d1bcde396138d778adf5fce60dddcc9b53f
/usr/share/zoneinfo/Africa/Djibouti f 0644 0:0 size=149 nlink=1 sha256=b92bac77f2dd9edd59397c0315e116fd0dc4fbc1ae6cd266687a2822877959f1
/usr/share/zoneinfo/Africa/Douala f 0644 0:0 size=149 nlink=1 sha256=3b014a5d1cbee2524ae309a895cbe0fe47da87c12016fe8cc2562ac79906590b
/usr/share/zoneinfo/Africa/El_Aaiun f 0644 0:0 size=2295 nlink=1 sha256=516082a902c9c5df2ab13630f36933f56d6cbb05b94d1827670df5b03583cf6d
/usr/share/zoneinfo/Africa/Freetown f 0644 0:0 size=464 nlink=1 sha256=77d05b2ed586a9d22f6e4a791ec0634256dc919faac6279bdb7db388a9c1f67b
/usr/share/zoneinfo/Africa/Gaborone f 0644 0:0 size=235 nlink=1 sha256=3ca27c9dd26ccfd118a270eaee39195154cd63f15700d14de650bf7493cec628
/usr/share/zoneinfo/Africa/Harare f 0644 0:0 size=149 nlink=1 sha256=22720486f3e24b8e4b4f746afd2e0020f22d3a6c055b79579457e3efc2373ee5
/usr/share/zoneinfo/Africa/Johannesburg f 0644 0:0 size=246 nlink=1 sha256=6c1bcc752668e77585a308ae8543bd0bccd8e813865626e809bf94f3fe3d977e
/usr/share/zoneinfo/Africa/Juba f 0644 0:0 size=679 nlink=1 sha256=5159c8a843c9c072d3302fabe6a6501cdbfda29a1856c29dabeb5aff95d4c3f4
/usr/share/zoneinfo/Africa/Kampala f 0644 0:0 size=251 nlink=1 sha256=5e23eb14b36a74840f4490a272ffc7b1f271a5829a349015f878ddb2bf34d9aa
/usr/share/zoneinfo/Africa/Khartoum f 0644 0:0 size=679 nlink=1 sha256=318583a09dc070222d65d029a1e3a0b565830f1aaec13a27e6fe533863fbd3ea
/usr/share/zoneinfo/Africa/Kigali f 0644 0:0 size=149 nlink=1 sha256=8cd9c1bb40c4452e61520a9dfc9a409a67109bad6f41f413c786998d00cbc9cf
/usr/share/zoneinfo/Africa/Kinshasa f 0644 0:0 size=149 nlink=1 sha256=7ae6d0e96d674a4c232cb01faf61a954340d84ea92a71a63ebd060e1c67d8c08
/usr/share/zoneinfo/Africa/Lagos f 0644 0:0 size=235 nlink=1 sha256=cffeb0282ccbd7fba0e493ff8677a1e5a6dd5197885042e437f95a773f844846
/usr/share/zoneinfo/Africa/Libreville f 0644 0:0 size=149 nlink=1 sha256=44575c7c30a1281ec495adb7a404888ed4d7e41c0234f13767ae7b1a1458be73
/usr/share/zoneinfo/Africa/Lome f 0644 0:0 size=148 nlink=1 sha256=5b031c585ed04311c7c7c14b2ee23ba49cb22ded8ddee8adffc9f14de68d2ba8
/usr/share/zoneinfo/Africa/Luanda f 0644 0:0 size=187 nlink=1 sha256=c87aa48fc0f0043c6d101335acc8c7ab4ffc2707c14a8f5b1d6d1abf3bdec69a
/usr/share/zoneinfo/Africa/Lubumbashi f 0644 0:0 size=183 nlink=1 sha256=ed509eccb6e51d5cd529388c57692a641a5b9313233897a1bfabdb612a415c04
/usr/share/zoneinfo/Africa/Lusaka f 0644 0:0 size=149 nlink=1 sha256=fac7c446a8dcddffc75a7dca5c762444f74df9f83c70cc505b138db85242dea4
/usr/share/zoneinfo/Africa/Malabo f 0644 0:0 size=183 nlink=1 sha256=8d17cee7263820e7a14499ba087cd792f4f4b358bb4c874f24c42537ce975704
/usr/share/zoneinfo/Africa/Maputo f 0644 0:0 size=149 nlink=1 sha256=444ed3a710414bc6bf43eb27e591da49d3be3db153449a6a0c9473f7e39fdbcb
/usr/share/zoneinfo/Africa/Maseru f 0644 0:0 size=192 nlink=1 sha256=be0b75733f8dfc6ff35bd69c3d0f94abc72e1d6897c81f53d0ba7da1d72227b6
/usr/share/zoneinfo/Africa/Mbabane f 0644 0:0 size=152 nlink=1 sha256=b0b8a11ab3cc1a97295b0bcde33b1129de82616b2f83987687926e100d3adf91
/usr/share/zoneinfo/Africa/Mogadishu f 0644 0:0 size=213 nlink=1 sha256=cf5c8032414fd86bdafddb2cdfd6813730f7ec4a08cb92b22a5f1403490fa7e2
/usr/share/zoneinfo/Africa/Monrovia f 0644 0:0 size=208 nlink=1 sha256=f95b095b9714e0a76f7e061a415bf895cbb399a28854531de369cee915ce05d5
/usr/share/zoneinfo/Africa/Nairobi f 0644 0:0 size=265 nlink=1 sha256=c89b2e253a8926a6cecf7eff34e4bfcdb7fe24daff22d84718c30deec0ea4968
/usr/share/zoneinfo/Africa/Ndjamena f 0644 0:0 size=199 nlink=1 sha256=f13dc0d199bd1a3d01be6eab77cf2ddc60172a229d1947c7948a98964608d0a3
/usr/share/zoneinfo/Africa/Niamey f 0644 0:0 size=217 nlink=1 sha256=78a49cb93c76e4f036933c36ace93e46ea1d7ccf58c7b086dd8f1c5eb441a400
/usr/share/zoneinfo/Africa/Nouakchott f 0644 0:0 size=208 nlink=1 sha256=7fde47dac81d3d51ed1bf257f8834faa4da20d4ba1d85b824f86bf2cd79ac801
/usr/share/zoneinfo/Africa/Ouagadougou f 0644 0:0 size=148 nlink=1 sha256=fe2dc2c6ab2ef71c41bb3542802a3c18a2d657befa39f3e61321c12677d16caf
/usr/share/zoneinfo/Africa/Porto-Novo f 0644 0:0 size=183 nlink=1 sha256=30a8a8c8c9337afff37986d7c36afe814c8b56cb75e958dd89bca1ef6dff731d
/usr/share/zoneinfo/Africa/Sao_Tome f 0644 0:0 size=254 nlink=1 sha256=31d8f1a50dbaf2ecc9ed9c7566ba0552d454c2ab09e85ff263701857d157c352
/usr/share/zoneinfo/Africa/Timbuktu l 0777 0:0 -> Abidjan
/usr/share/zoneinfo/Africa/Tripoli f 0644 0:0 size=625 nlink=1 sha256=5b5769b460fbd13ee9a46a28d1f733150783888a749ee96d2cd3d5eba3300767
/usr/share/zoneinfo/Africa/Tunis f 0644 0:0 size=689 nlink=1 sha256=38554c10ce1e613d84cf46deba1114093488a5c165756c6c576b84a1364850d2
/usr/share/zoneinfo/Africa/Windhoek f 0644 0:0 size=955 nlink=1 sha256=c6e86fb9dacc1f86a59d59a8b924d023c60bf05fc76e0b05d8443b0192b3b87b
/usr/share/zoneinfo/America d 0755 0:0
/usr/share/zoneinfo/America/Adak f 0644 0:0 size=2356 nlink=1 sha256=201d4387025000a6e13c9f631cb7fccd6e4369dec7224052f9d86feb81353a53
/usr/share/zoneinfo/America/Anchorage f 0644 0:0 size=2371 nlink=1 sha256=a190353523d2d8159dca66299c21c53bc0656154be965e4a2e0d84cfd09b113b
/usr/share/zoneinfo/America/Anguilla f 0644 0:0 size=148 nlink=1 sha256=434fbfb6b97c6d6ef4a036030bb901a49c74b7a4df8b6e0a1dcfd3cedf8a1fc1
/usr/share/zoneinfo/America/Antigua f 0644 0:0 size=182 nlink=1 sha256=d63c0dde8af51ad22539678225d3f58c760f0f8971dc5e43783644853087b14e
/usr/share/zoneinfo/America/Araguaina f 0644 0:0 size=884 nlink=1 sha256=929a628b2b6649079eb1f97234660cdebf0d5549750be820bb4f2cf7f4edf9ca
/usr/share/zoneinfo/America/Argentina d 0755 0:0
/usr/share/zoneinfo/America/Argentina/Buenos_Aires f 0644 0:0 size=1076 nlink=1 sha256=9ed9ff1851da75bac527866e854ea1daecdb170983c92f665d5e52dbca64185f
/usr/share/zoneinfo/America/Argentina/Catamarca f 0644 0:0 size=1076 nlink=1 sha256=7621f57fdea46db63eee0258427482347b379fd7701c9a94852746371d4bec8d
/usr/share/zoneinfo/America/Argentina/ComodRivadavia l 0777 0:0 -> Catamarca
/usr/share/zoneinfo/America/Argentina/Cordoba f 0644 0:0 size=1076 nlink=1 sha256=d57a883fc428d9b3d1efdd3d86b008faa02db726e6c045b89acec58d903961fc
/usr/share/zoneinfo/America/Argentina/Jujuy f 0644 0:0 size=1048 nlink=1 sha256=e474744e564589fc09e672d39a0ef25978024f1f664616a17ece3f5aaef4c0e6
/usr/share/zoneinfo/America/Argentina/La_Rioja f 0644 0:0 size=1090 nlink=1 sha256=65ffc4dda905135614b7d319e31c5b4673aba766c7d43f818ec73448b15f4725
/usr/share/zoneinfo/America/Argentina/Mendoza f 0644 0:0 size=1076 nlink=1 sha256=e43262618790a5c2c147f228209b64e3722cc0978661ac31e46ca4b33b89f8dc
/usr/share/zoneinfo/America/Argentina/Rio_Gallegos f 0644 0:0 size=1076 nlink=1 sha256=4fded6003c2f6ba25bc480af88d414b7fee2c3d73e9e5a08e10242b1c10d49c9
/usr/share/zoneinfo/America/Argentina/Salta f 0644 0:0 size=1048 nlink=1 sha256=013c34b91eaccd628fb3a8f3767eab7af4bb5310970f6e8e44aea3966b232f5f
/usr/share/zoneinfo/America/Argentina/San_Juan f 0644 0:0 size=1090 nlink=1 sha256=aa55baf776b44e7a1fcbe45d71506e598dc3bd34c6c56c1c61d294dd8f7ca57f
/usr/share/zoneinfo/America/Argentina/San_Luis f 0644 0:0 size=1102 nlink=1 sha256=59875cae8e7e15ef8de8b910b0ac31ff5b55a339a7069e7c0ced7e049b36b2ea
/usr/share/zoneinfo/America/Argentina/Tucuman f 0644 0:0 size=1104 nlink=1 sha256=c2c8e0d5ae4033574fda08ebd75da4defb79e2dadc38e33f4ad17be31cef0497
/usr/share/zoneinfo/America/Argentina/Ushuaia f 0644 0:0 size=1076 nlink=1 sha256=f79e3c56fabf929c3f357e6ceb9bd8b886eabf0195f8f071ab099cadf94b2345
/usr/share/zoneinfo/America/Aruba f 0644 0:0 size=186 nlink=1 sha256=e05ef0b458a717e7c83d8bc16c50e3a74a719fb5f3725b1c4fe7569a1b07fcfc
/usr/share/zoneinfo/America/Asuncion f 0644 0:0 size=1658 nlink=1 sha256=a9e3a3a4b284bb3ed45dabfb7b1df7e14c482e835c7b5856ab6cdfbf1ef4c709
/usr/share/zoneinfo/America/Atikokan f 0644 0:0 size=336 nlink=1 sha256=e1af781ad3c751d43edac773f568a7b0a9fd57f4223385e6163e3c1533cc7920
/usr/share/zoneinfo/America/Atka l 0777 0:0 -> Adak
/usr/share/zoneinfo/America/Bahia f 0644 0:0 size=1024 nlink=1 sha256=7262e448003320d9736065c1a800c4537b8f800f52e67b7ea75015dd9cbce956
/usr/share/zoneinfo/America/Bahia_Banderas f 0644 0:0 size=1100 nlink=1 sha256=32fad7189e4bcda1ce7a0b89ab1b33c63c4c85569f1956e4fa88d711ceff6042
/usr/share/zoneinfo/America/Barbados f 0644 0:0 size=436 nlink=1 sha256=8a66be42bae16b3bb841fbeed99d3e7ba13e193898927b8906ee9cdb2546f4b1
/usr/share/zoneinfo/America/Belem f 0644 0:0 size=576 nlink=1 sha256=ff6e7c85064b0845c15fcc512f2412c3e004fa38839a3570257df698de545049
/usr/share/zoneinfo/America/Belize f 0644 0:0 size=1614 nlink=1 sha256=a647cb63629f3dc85b7896b5a56717996030a7866546fc562d57b35e7adb930b
/usr/share/zoneinfo/America/Blanc-Sablon f 0644 0:0 size=298 nlink=1 sha256=b5537964f9883b7bdcdff6b2a3083aa9bbe385e838389b43153f72f08b96df7e
/usr/share/zoneinfo/America/Boa_Vista f 0644 0:0 size=632 nlink=1 sha256=5785553a4ac5515d6a51f569f44f7be0838916603943142b72d6ad4c111bfa1b
/usr/share/zoneinfo/America/Bogota f 0644 0:0 size=246 nlink=1 sha256=afe3b7e1d826b7507bc08da3c5c7e5d2b0ae33dfb0d7f66a8c63708c98700e24
/usr/share/zoneinfo/America/Boise f 0644 0:0 size=2410 nlink=1 sha256=ec742c34f262521790805cf99152ef4e77f9c615c061a78036a0ec9312b3d95b
/usr/share/zoneinfo/America/Buenos_Aires l 0777 0:0 -> Argentina/Buenos_Aires
/usr/share/zoneinfo/America/Cambridge_Bay f 0644 0:0 size=2254 nlink=1 sha256=ff8c51957dd6755a4472aa13ea6c83ecd7930979e7f4e624fe21f4d3a6f050ba
/usr/share/zoneinfo/America/Campo_Grande f 0644 0:0 size=1444 nlink=1 sha256=e41044351dfff20269e05fd48f6451927bd173824958d44f9d953d13bb5bf102
/usr/share/zoneinfo/America/Cancun f 0644 0:0 size=864 nlink=1 sha256=11d574370d968cced59e3147a2ae63b126cbbae13b78fd4e13be2eb44c96246e
/usr/share/zoneinfo/America/Caracas f 0644 0:0 size=264 nlink=1 sha256=d8da705cf12d42423cd96099b905875dfeba54200371ac0ca5f84a4ecb80d31e
/usr/share/zoneinfo/America/Catamarca l 0777 0:0 -> Argentina/Catamarca
/usr/share/zoneinfo/America/Cayenne f 0644 0:0 size=198 nlink=1 sha256=6ad55b5b90a1262290feafb7905b3e0cb4d365af69b64887926265ab8017a18e
/usr/share/zoneinfo/America/Cayman f 0644 0:0 size=182 nlink=1 sha256=8a2ab69b8045ea3681c799a08704335f1111f7373e21f4ee08e8ae84eb408fc9
/usr/share/zoneinfo/America/Chicago f 0644 0:0 size=3592 nlink=1 sha256=feba326ebe88eac20017a718748c46c68469a1e7f5e7716dcb8f1d43a6e6f686
/usr/share/zoneinfo/America/Chihuahua f 0644 0:0 size=1102 nlink=1 sha256=dcd8336de760f00cc0ab1b1b4121b48d5471f8bc58970d62de4c7e63397ed887
/usr/share/zoneinfo/America/Ciudad_Juarez f 0644 0:0 size=1538 nlink=1 sha256=8abe1bdbb0e216b84bd07e1f650f769c46be041a0f7cb588cf7a61537ef77601
/usr/share/zoneinfo/America/Coral_Harbour l 0777 0:0 -> Panama
/usr/share/zoneinfo/America/Cordoba l 0777 0:0 -> Argentina/Cordoba
/usr/share/zoneinfo/America/Costa_Rica f 0644 0:0 size=316 nlink=1 sha256=ef8ad86ba96b80893296cf4f907a3c482625f683aa8ae1b94bb31676725e94fe
/usr/share/zoneinfo/America/Coyhaique f 0644 0:0 size=2140 nlink=1 sha256=1c54d0a27e44241baf597e2406334a6d29124ccc3a7edce42e070bab4f77c027
/usr/share/zoneinfo/America/Creston f 0644 0:0 size=208 nlink=1 sha256=74d39aef5420436779ba1edc97ec5999efbcbb79cc47d189ecf4a4b562033914
/usr/share/zoneinfo/America/Cuiaba f 0644 0:0 size=1416 nlink=1 sha256=33416c47c4fdb388c54aecc3f108baa6ab5be917f6353cf254728666b9f9ea7e
/usr/share/zoneinfo/America/Curacao f 0644 0:0 size=186 nlink=1 sha256=646108ca5019e62cbfac806c5d112d1ff65f5912242c8f5d4233ff108ca7dec6
/usr/share/zoneinfo/America/Danmarkshavn f 0644 0:0 size=698 nlink=1 sha256=6116407d40a856d68bd4bf8c60c60c1f5c3239a5509df528fe0167bcc5d2bb3c
/usr/share/zoneinfo/America/Dawson f 0644 0:0 size=1614 nlink=1 sha256=ac01e1cae32eca37ff7b20364811bbe8c4417ff7e3ff18b9140ba2595420261c
/usr/share/zoneinfo/America/Dawson_Creek f 0644 0:0 size=1050 nlink=1 sha256=6895c2c8fe23de0804e3018237e2eb4bd8690ffe73587cd04de4802935843d43
/usr/share/zoneinfo/America/Denver f 0644 0:0 size=2460 nlink=1 sha256=32e819c00a43b3c348f539d700d425504f20b8d068c16418d26fa9b693e775c9
/usr/share/zoneinfo/America/Detroit f 0644 0:0 size=2230 nlink=1 sha256=85e733f32a98d828f907ad46de02d9740559bd180af65d0ff7473f80dfae0f98
/usr/share/zoneinfo/America/Dominica f 0644 0:0 size=148 nlink=1 sha256=7e7db465be161ee7c531100137bf880f3acee56b1874e20661be218ae48f0a8c
/usr/share/zoneinfo/America/Edmonton f 0644 0:0 size=2332 nlink=1 sha256=f939087dcdd096f6827f4a7c08e678dd8d47441025fa7011522f8975778ad6f1
/usr/share/zoneinfo/America/Eirunepe f 0644 0:0 size=656 nlink=1 sha256=a52f741d9cd1c07e137fcba098a1df8a9857ef308fa99921ff408d6fe7c43003
/usr/share/zoneinfo/America/El_Salvador f 0644 0:0 size=224 nlink=1 sha256=82f18df0b923fac1a6dbfaecf0e52300c7f5a0cb4aa765deb3a51f593d16aa05
/usr/share/zoneinfo/America/Ensenada l 0777 0:0 -> Tijuana
/usr/share/zoneinfo/America/Fort_Nelson f 0644 0:0 size=2240 nlink=1 sha256=7ab7ce0ebdc3ad2a73eb990074eed3b367466d9c6f75d10fea0c78057df2d89d
/usr/share/zoneinfo/America/Fort_Wayne l 0777 0:0 -> Indiana/Indianapolis
/usr/share/zoneinfo/America/Fortaleza f 0644 0:0 size=716 nlink=1 sha256=9884ee32b44b4535b2a22174e0ecbf519f20c59a1f4e95c36e533cb7b721ed28
/usr/share/zoneinfo/America/Glace_Bay f 0644 0:0 size=2192 nlink=1 sha256=1bc0c62c609aa47fda60217f3a168be50a277fb14e02000fc1e94ee61b425817
/usr/share/zoneinfo/America/Godthab l 0777 0:0 -> Nuuk
/usr/share/zoneinfo/America/Goose_Bay f 0644 0:0 size=3210 nlink=1 sha256=26068bb9e8214af5f683bdb914e7c882982fb2ac591b29163a1019586a506516
/usr/share/zoneinfo/America/Grand_Turk f 0644 0:0 size=1834 nlink=1 sha256=e1838510f2bad017a5dbf7c2b18eaf499c5470c24a8e22adc8e7ff4349211305
/usr/share/zoneinfo/America/Grenada f 0644 0:0 size=148 nlink=1 sha256=c9885c70cded8b2588d77c3834a38a148e0836ccfa5c5e7e2bc25f6033aae7bb
/usr/share/zoneinfo/America/Guadeloupe f 0644 0:0 size=148 nlink=1 sha256=add9720f2ed382210e7a64178c261615160071b7d576af02633317deae9cc702
/usr/share/zoneinfo/America/Guatemala f 0644 0:0 size=280 nlink=1 sha256=76e81480277a418e76c87907b943f88d15b3a39c78dfd2108a06980af105e3a4
/usr/share/zoneinfo/America/Guayaquil f 0644 0:0 size=246 nlink=1 sha256=3db705e1bbc6026f9a17076d18fa2d272de46f8370a325b0c60c0bf7c05e5160
/usr/share/zoneinfo/America/Guyana f 0644 0:0 size=262 nlink=1 sha256=89c1eed182c2261c24f43e3b7f85420478277b1eb21ab638245b6391f308783b
/usr/share/zoneinfo/America/Halifax f 0644 0:0 size=3424 nlink=1 sha256=4d9a667393f05a82df4df42843f6f7535ec113689529278d911d07a3c99b4e7f
/usr/share/zoneinfo/America/Havana f 0644 0:0 size=2416 nlink=1 sha256=1d441e02e281b04908e522d98eaca75c808e51539a8e42b3287e6bf8ebf939d7
/usr/share/zoneinfo/America/Hermosillo f 0644 0:0 size=388 nlink=1 sha256=8b160a7acb4b992ee05a86e4f4aaba16d2d9a35caa6d601cb6b1542a5bb372dc
/usr/share/zoneinfo/America/Indiana d 0755 0:0
/usr/share/zoneinfo/America/Indiana/Indianapolis f 0644 0:0 size=1682 nlink=1 sha256=90d2b2f4a8fd202b226187c209b020833300edec5ff86a463ccc685e8707532c
/usr/share/zoneinfo/America/Indiana/Knox f 0644 0:0 size=2444 nlink=1 sha256=0acbd9e412b0daa55abf7c7f17c094f6d68974393b8d7e3509fb2a9acea35d5f
/usr/share/zoneinfo/America/Indiana/Marengo f 0644 0:0 size=1738 nlink=1 sha256=7f7b50fa580c49403b9ef9fae295e12ad24bee65b319a8e809e81ae4c10949b2
/usr/share/zoneinfo/America/Indiana/Petersburg f 0644 0:0 size=1920 nlink=1 sha256=03cf0e1ee334460de230b1e32a05eafddda36427554b2b5442cfbd5b429c1724
/usr/share/zoneinfo/America/Indiana/Tell_City f 0644 0:0 size=1700 nlink=1 sha256=e1d5aa02bf58d815df2f8a40424fbcd5cde01a5d9c35d1d7383effc09861867f
/usr/share/zoneinfo/America/Indiana/Vevay f 0644 0:0 size=1430 nlink=1 sha256=1fb551d86fbfb03fc2e519b83f78358910b515608f8389b43060f73f53cbcec9
/usr/share/zoneinfo/America/Indiana/Vincennes f 0644 0:0 size=1710 nlink=1 sha256=eb6980c53ec03c509aa3281f96713374ea5ef9fb96d7239b23a9ba11451c4bb0
/usr/share/zoneinfo/America/Indiana/Winamac f 0644 0:0 size=1794 nlink=1 sha256=69918cda347c087f411d252aed7ca08b078377a768ad72cf5e0db8e97b1b47ab
/usr/share/zoneinfo/America/Indianapolis l 0777 0:0 -> Indiana/Indianapolis
/usr/share/zoneinfo/America/Inuvik f 0644 0:0 size=2074 nlink=1 sha256=e89fa66a90e7ae4f40d4bb6cc28137e2da92cbfb9f79d70404dc62c64ac48c8a
/usr/share/zoneinfo/America/Iqaluit f 0644 0:0 size=2202 nlink=1 sha256=7de3a7c40374374afe335aa592b03824cc9ac28734b6a69ed2288108f0c0b389
/usr/share/zoneinfo/America/Jamaica f 0644 0:0 size=482 nlink=1 sha256=c256a089e50f45fe7e6de89efa1ed0b0e35b3738c6b26f2f32cf2e7f6f29c36f
/usr/share/zoneinfo/America/Jujuy l 0777 0:0 -> Argentina/Jujuy
/usr/share/zoneinfo/America/Juneau f 0644 0:0 size=2353 nlink=1 sha256=93b8716f46864677e713e0c18b72e472303344fc807f4fc7c34bd515f8c679bd
/usr/share/zoneinfo/America/Kentucky d 0755 0:0
/usr/share/zoneinfo/America/Kentucky/Louisville f 0644 0:0 size=2788 nlink=1 sha256=b4fd3bdb157f9ffbc8423c71709efb0067868fac8bd4a3e99f77f089db3d8355
/usr/share/zoneinfo/America/Kentucky/Monticello f 0644 0:0 size=2368 nlink=1 sha256=2ed7720a8f3906b5d0b3aae51fad589bef0aa961c7e8fc003a30f44318487733
/usr/share/zoneinfo/America/Knox_IN l 0777 0:0 -> Indiana/Knox
/usr/share/zoneinfo/America/Kralendijk l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/America/La_Paz f 0644 0:0 size=232 nlink=1 sha256=3c0185d9553f40ec36c53d42a9da763fc023f615cc55694207257b72f7c843f9
/usr/share/zoneinfo/America/Lima f 0644 0:0 size=406 nlink=1 sha256=2470c283de6ec3a044bb86b819fca2926d6cf2b9bc02c60f1bc749c5040d645b
/usr/share/zoneinfo/America/Los_Angeles f 0644 0:0 size=2852 nlink=1 sha256=68977bb9ad6d186fefc6c7abd36010a66e30008dcb2d376087a41c49861e7268
/usr/share/zoneinfo/America/Louisville l 0777 0:0 -> Kentucky/Louisville
/usr/share/zoneinfo/America/Lower_Princes l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/America/Maceio f 0644 0:0 size=744 nlink=1 sha256=a738cd82199e1e1bc5e1a237703ab61bfe6def505234621b4401793662720e6c
/usr/share/zoneinfo/America/Managua f 0644 0:0 size=430 nlink=1 sha256=c41cc5d350079f61367c3f10772f831c57b7e94aa878da4a3df0a176e04a59d9
/usr/share/zoneinfo/America/Manaus f 0644 0:0 size=604 nlink=1 sha256=969e91964717250ee64ac2aa9c4802f2cbc956b143264ff5eb1c6f7e9352a4ae
/usr/share/zoneinfo/America/Marigot l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/America/Martinique f 0644 0:0 size=232 nlink=1 sha256=7ccb3cd24394d9816f0b47fdcb67a37bdec9780b536016a65eb9e54ee9cd2f34
/usr/share/zoneinfo/America/Matamoros f 0644 0:0 size=1418 nlink=1 sha256=7eaf8fa9d999ad0f7c52c1661c0f62be3059bf91840514ceb8b4390aee5a8d6f
/usr/share/zoneinfo/America/Mazatlan f 0644 0:0 size=1060 nlink=1 sha256=0561f636a54f0353ecc842cf37fd8117c2a596bb26424aa0d5eba3b10be79f1f
/usr/share/zoneinfo/America/Mendoza l 0777 0:0 -> Argentina/Mendoza
/usr/share/zoneinfo/America/Menominee f 0644 0:0 size=2274 nlink=1 sha256=02bbfd58b6df84d72946c5231c353be7b044770969d3c1addf4022c46de0674e
/usr/share/zoneinfo/America/Merida f 0644 0:0 size=1004 nlink=1 sha256=4953441c26b38e899fb67b8f5416b2148f84f884345a696e1df4e91cfd21dddd
/usr/share/zoneinfo/America/Metlakatla f 0644 0:0 size=1423 nlink=1 sha256=b709a27864d563657e53c9c5c6abf1edab18bfc1958de59d2edace23b500a552
/usr/share/zoneinfo/America/Mexico_City f 0644 0:0 size=1222 nlink=1 sha256=528836f85316cf6a35da347ab0af6f7a625a98b7a8e8e105310477b34c53c647
/usr/share/zoneinfo/America/Miquelon f 0644 0:0 size=1666 nlink=1 sha256=c1e3fb359fc8c508ace29266314768a6211b28e217c2457b2d3c6e9e0cdbf06d
/usr/share/zoneinfo/America/Moncton f 0644 0:0 size=3154 nlink=1 sha256=5a6bfe6e4f5a28a7165b33a9735505bbaec739fc1a224d969a1dcb82a19cb72b
/usr/share/zoneinfo/America/Monterrey f 0644 0:0 size=1114 nlink=1 sha256=622c5311226e6dfe990545f2ea0df6840336811e065d73ea394e2dbf42f7906d
/usr/share/zoneinfo/America/Montevideo f 0644 0:0 size=1510 nlink=1 sha256=e237204de80ae57f05d32358ce4fb7a32499e14f57434f546d327f9a5bbc37bd
/usr/share/zoneinfo/America/Montreal l 0777 0:0 -> Toronto
/usr/share/zoneinfo/America/Montserrat f 0644 0:0 size=148 nlink=1 sha256=c5048b50bdc8f0e2e1ca4643fea2eda2375c64df32c6d4ca7d36bf23e5165df7
/usr/share/zoneinfo/America/Nassau f 0644 0:0 size=2388 nlink=1 sha256=304a41fcbd71dd49f0c2a8cec0da83bc27e04183ce9e10768dec0bc223b15788
/usr/share/zoneinfo/America/New_York f 0644 0:0 size=3552 nlink=1 sha256=e9ed07d7bee0c76a9d442d091ef1f01668fee7c4f26014c0a868b19fe6c18a95
/usr/share/zoneinfo/America/Nipigon l 0777 0:0 -> Toronto
/usr/share/zoneinfo/America/Nome f 0644 0:0 size=2367 nlink=1 sha256=da2cccdfe3fe3ea27dcdae8c761cc57ccbcf14dabb1a29baf6d02f1303de636b
/usr/share/zoneinfo/America/Noronha f 0644 0:0 size=716 nlink=1 sha256=dd1e252d5f238394a58e10b9395542939d58efb11f8e8eb309efa8a6983f145a
/usr/share/zoneinfo/America/North_Dakota d 0755 0:0
/usr/share/zoneinfo/America/North_Dakota/Beulah f 0644 0:0 size=2396 nlink=1 sha256=aad81ba8dbbc3370241c5da7fbfa12a6cd69613e12c607256e490f29b5da047b
/usr/share/zoneinfo/America/North_Dakota/Center f 0644 0:0 size=2396 nlink=1 sha256=f5959b2bd60a92ab942f2054152dcbaff89dc5bb7b57bcb85b810ed0a9f6d2cc
/usr/share/zoneinfo/America/North_Dakota/New_Salem f 0644 0:0 size=2396 nlink=1 sha256=0c7fdbb107ee5272b6a1b75bd3a2a08ac3b85cbaa1b75d815ddae052c659bde8
/usr/share/zoneinfo/America/Nuuk f 0644 0:0 size=1903 nlink=1 sha256=d10822ffacf8c01b25cee6d99f0f862eea713a894818a9f1a3b63353519c4202
/usr/share/zoneinfo/America/Ojinaga f 0644 0:0 size=1524 nlink=1 sha256=6f7f10ffb55d902673695c1bece5ee75d8a1240cd428f4d3a97726a419b59ed1
/usr/share/zoneinfo/America/Panama f 0644 0:0 size=182 nlink=1 sha256=91ac80fe976931c490d058c8ce8b5d71ffa6d4961f6ca13ea9c153f0b0bccea0
/usr/share/zoneinfo/America/Pangnirtung l 0777 0:0 -> Iqaluit
/usr/share/zoneinfo/America/Paramaribo f 0644 0:0 size=262 nlink=1 sha256=1e6e6d0f05269e84eb4d43c43b8580adf485ef8663cb0544a1ccb890be751730
/usr/share/zoneinfo/America/Phoenix f 0644 0:0 size=360 nlink=1 sha256=8a5973d2c62e2cbf2520f2b44e4a2ee9d2f455c93f0f45bfdeb4533af1584664
/usr/share/zoneinfo/America/Port-au-Prince f 0644 0:0 size=1434 nlink=1 sha256=d3d64025de083a23297dda54b85d54e3847f851b7a06fa409055ce9d83bdc8e3
/usr/share/zoneinfo/America/Port_of_Spain f 0644 0:0 size=148 nlink=1 sha256=d7b813d9e39530528917fb32a700cfb9d905c061228eb45f90153e68adc52fad
/usr/share/zoneinfo/America/Porto_Acre l 0777 0:0 -> Rio_Branco
/usr/share/zoneinfo/America/Porto_Velho f 0644 0:0 size=576 nlink=1 sha256=6517f380612edba86797724fb6264b3921468ff58149b38a7622c2d712327397
/usr/share/zoneinfo/America/Puerto_Rico f 0644 0:0 size=246 nlink=1 sha256=8491e557ff801a8306516b8ca5946ff5f2e6821af31477eb47d7d191cc5a6497
/usr/share/zoneinfo/America/Punta_Arenas f 0644 0:0 size=1916 nlink=1 sha256=dfd2c88e86a8399349656b1820dfd061d842e1caea6c2e8b5abc683d6761f441
/usr/share/zoneinfo/America/Rainy_River l 0777 0:0 -> Winnipeg
/usr/share/zoneinfo/America/Rankin_Inlet f 0644 0:0 size=2066 nlink=1 sha256=9d782a8cbdced815747a6f9793ca9545165bfd7d324261c4eaf9924af23d2b37
/usr/share/zoneinfo/America/Recife f 0644 0:0 size=716 nlink=1 sha256=8a314dd99cd97b9a0161d97c020dd2c261a38f625e558617d95a3bebb836b3a2
/usr/share/zoneinfo/America/Regina f 0644 0:0 size=980 nlink=1 sha256=ca3a93d3ca476c80987bcdc7f099ad68306f085a91bfb4dfcdedd8f31b97ba4c
/usr/share/zoneinfo/America/Resolute f 0644 0:0 size=2066 nlink=1 sha256=0a7314d9d048fbadefb7cf89d10d51a29c7ef1bf694422e386faf270c21e7468
/usr/share/zoneinfo/America/Rio_Branco f 0644 0:0 size=628 nlink=1 sha256=d7ba27926f0ffd580c904ae32bdaebd2ac0d9e2eeaa7db6071467dde0de5b4eb
/usr/share/zoneinfo/America/Rosario l 0777 0:0 -> Argentina/Cordoba
/usr/share/zoneinfo/America/Santa_Isabel l 0777 0:0 -> Tijuana
/usr/share/zoneinfo/America/Santarem f 0644 0:0 size=602 nlink=1 sha256=1a5fe5237a4f679ed42185d6726693a45a960c0e6b7ba6c78759d6b3f674f8d7
/usr/share/zoneinfo/America/Santiago f 0644 0:0 size=2529 nlink=1 sha256=ef9d2bf24112c65671eea391722ad6ae2cbf5f2f6ed5fcee8cc2c860780bfa01
/usr/share/zoneinfo/America/Santo_Domingo f 0644 0:0 size=458 nlink=1 sha256=0cab5a123f1f43ddb26c84d3594e019b5eb44bda732665156e36964677a7c54e
/usr/share/zoneinfo/America/Sao_Paulo f 0644 0:0 size=1444 nlink=1 sha256=70edd519e90c19d49fd72e1ffd4824a433117acdbafa5d68194a038252225108
/usr/share/zoneinfo/America/Scoresbysund f 0644 0:0 size=1949 nlink=1 sha256=75a39cf7fa0b8f250c4f8453d43588fbcc7d0e0ae58be81e2d45ce8891292c96
/usr/share/zoneinfo/America/Shiprock l 0777 0:0 -> Denver
/usr/share/zoneinfo/America/Sitka f 0644 0:0 size=2329 nlink=1 sha256=6a24bb164dfb859a7367d56478941e17e06a4cb442d503930a03002704fc5310
/usr/share/zoneinfo/America/St_Barthelemy l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/America/St_Johns f 0644 0:0 size=3655 nlink=1 sha256=af5fb5eee2afdbb799dc9b15930fc32d941ba3ac2f8eeb95bbb0b6a43b263a02
/usr/share/zoneinfo/America/St_Kitts f 0644 0:0 size=148 nlink=1 sha256=afc412c84fb12ae86faca5a8e0878cbf91c32dd3c4b7485ead82d4533d0059f6
/usr/share/zoneinfo/America/St_Lucia f 0644 0:0 size=182 nlink=1 sha256=236ae9122a1b4b1cc9f8e7a2f59dcf167198b208d5cc058bea4642d60a2d94de
/usr/share/zoneinfo/America/St_Thomas f 0644 0:0 size=148 nlink=1 sha256=5b1f38380e227d9d815400286437a6fbdd8ef838e724683db5f4655a6f351553
/usr/share/zoneinfo/America/St_Vincent f 0644 0:0 size=182 nlink=1 sha256=3549bddd8952b7e47d6a5d04d501d522521e3380e3b04e864cf13b661f5ffdef
/usr/share/zoneinfo/America/Swift_Current f 0644 0:0 size=560 nlink=1 sha256=45128e17bbd90bc56f6310fc3cfe09d7f8543dac8a04fecbbbcd1abd191f3c36
/usr/share/zoneinfo/America/Tegucigalpa f 0644 0:0 size=252 nlink=1 sha256=1333b3ee7b5396b78cabaf4967609c01bf0fb3df15f5b50c378f34b693c8cb0e
/usr/share/zoneinfo/America/Thule f 0644 0:0 size=1502 nlink=1 sha256=f31b8f45a654f1180ee440aa1581d89a71e2a1cf35b0139a8a5915bbc634da2f
/usr/share/zoneinfo/America/Thunder_Bay l 0777 0:0 -> Toronto
/usr/share/zoneinfo/America/Tijuana f 0644 0:0 size=2906 nlink=1 sha256=8c2e7b321726e6345912da396796bdb3672bfc4bd1a91c65ee58b38e004d4ca5
/usr/share/zoneinfo/America/Toronto f 0644 0:0 size=3494 nlink=1 sha256=a587a1a1607439f7bac283e1815f2bdbafb9649a453d18e06c2e44e6996d888f
/usr/share/zoneinfo/America/Tortola f 0644 0:0 size=148 nlink=1 sha256=2630eeb7e722f660ef4df14899437b18d2cbc092f66304427c0538257a08bda2
/usr/share/zoneinfo/America/Vancouver f 0644 0:0 size=2590 nlink=1 sha256=e182e20ec67c46a7dd0aedb3d45fb1395edcb14ff2af2ac694a5776b307bed31
/usr/share/zoneinfo/America/Virgin l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/America/Whitehorse f 0644 0:0 size=1614 nlink=1 sha256=4eb47a3c29d81be9920a504ca21aa53fcaa76215cc52cc9d23e2feaae5c5c723
/usr/share/zoneinfo/America/Winnipeg f 0644 0:0 size=2868 nlink=1 sha256=ecffbf610ae77857289fb40a4933a79221a3129a450e7dd9e3c309d6aabc541c
/usr/share/zoneinfo/America/Yakutat f 0644 0:0 size=2305 nlink=1 sha256=b45c2729bbf0872ca7e0b353027e727bf2560ddc6309eacd0edee83b05303b63
/usr/share/zoneinfo/America/Yellowknife l 0777 0:0 -> Edmonton
/usr/share/zoneinfo/Antarctica d 0755 0:0
/usr/share/zoneinfo/Antarctica/Casey f 0644 0:0 size=437 nlink=1 sha256=f8c45f27605f5b7f12c009a914042a53ad991ac268056fc49b61a093d620be52
/usr/share/zoneinfo/Antarctica/Davis f 0644 0:0 size=297 nlink=1 sha256=e8fa24c8e69a212453375dec8acb8681db79bc6e40d98a8da282697cb4dbe524
/usr/share/zoneinfo/Antarctica/DumontDUrville f 0644 0:0 size=194 nlink=1 sha256=83c1d02d8f9a377a7a6b3fb4e0a74739d65816737fffef25b4746e63d7905fe2
/usr/share/zoneinfo/Antarctica/Macquarie f 0644 0:0 size=2260 nlink=1 sha256=89eed195a53c4474e8ad5563f8c5fc4ad28cab1fe85dfe141f63d4aa9cdcc1ed
/usr/share/zoneinfo/Antarctica/Mawson f 0644 0:0 size=199 nlink=1 sha256=f535b583fcf4b64e447de07b2baf55268f1a80eefe2bd67159b8aa34a9d464d1
/usr/share/zoneinfo/Antarctica/McMurdo f 0644 0:0 size=1993 nlink=1 sha256=bfcb3bf057d9b44e1c5fab524e1493c8c05f24fcd78785de5ec9a06e9733a322
/usr/share/zoneinfo/Antarctica/Palmer f 0644 0:0 size=1418 nlink=1 sha256=0d6fc35c1c97839327319fb0d5b35dbbc6f494a3980ff120acf45de44732126e
/usr/share/zoneinfo/Antarctica/Rothera f 0644 0:0 size=164 nlink=1 sha256=4102359b520de3fd9ee816f4cfeace61a3b0c69e178cc24338a33d4850d43ca8
/usr/share/zoneinfo/Antarctica/South_Pole l 0777 0:0 -> ../Pacific/Auckland
/usr/share/zoneinfo/Antarctica/Syowa f 0644 0:0 size=165 nlink=1 sha256=56799d572a5d25486c070d57b97644704408166a22aa861c76997c86ddfb4206
/usr/share/zoneinfo/Antarctica/Troll f 0644 0:0 size=1162 nlink=1 sha256=df3ae1f8ffe3302b2cf461b01c9247932a5967276ae26920a3f4c3a9cb67ddce
/usr/share/zoneinfo/Antarctica/Vostok f 0644 0:0 size=227 nlink=1 sha256=fd919da6bacf97141ca6169c92cf789f6a6e5a7c816564b5a9f17b329124355d
/usr/share/zoneinfo/Arctic d 0755 0:0
/usr/share/zoneinfo/Arctic/Longyearbyen l 0777 0:0 -> ../Europe/Berlin
/usr/share/zoneinfo/Asia d 0755 0:0
/usr/share/zoneinfo/Asia/Aden f 0644 0:0 size=165 nlink=1 sha256=74f10e9f2d5a1d2bb1f0fb84ff35029d1e0dea924ce40ce1828dd3bfd2f7dad9
/usr/share/zoneinfo/Asia/Almaty f 0644 0:0 size=997 nlink=1 sha256=0027ca41ce1a18262ee881b9daf8d4c0493240ccc468da435d757868d118c81e
/usr/share/zoneinfo/Asia/Amman f 0644 0:0 size=1447 nlink=1 sha256=5fd1b785b66b85d591515bc49aaf85e05e94a1c4156698f0a2b6c17eee93d9f6
/usr/share/zoneinfo/Asia/Anadyr f 0644 0:0 size=1188 nlink=1 sha256=8430d3972e397a3a1554ff40974ed398aa5300234625a20f95c5cb45bb06ff88
/usr/share/zoneinfo/Asia/Aqtau f 0644 0:0 size=983 nlink=1 sha256=0397b164ddb9e896a01494dc6ac81d0ab43c8223aa6761053115580564daa990
/usr/share/zoneinfo/Asia/Aqtobe f 0644 0:0 size=1011 nlink=1 sha256=2d0ecfe4b1047bb8db59b8eabf398cefd734a3a01d65e084c504be7ce5a9f32c
/usr/share/zoneinfo/Asia/Ashgabat f 0644 0:0 size=619 nlink=1 sha256=2f80d85769995b272c61e1c8ca95f33ba64d637b43f308e0c5f3d1d993d6dba7
/usr/share/zoneinfo/Asia/Ashkhabad l 0777 0:0 -> Ashgabat
/usr/share/zoneinfo/Asia/Atyrau f 0644 0:0 size=991 nlink=1 sha256=dee128f3d391c8326a43f4ed6907487fd50f681f16a88450562d2079e63d8151
/usr/share/zoneinfo/Asia/Baghdad f 0644 0:0 size=983 nlink=1 sha256=9503125273ae8a36dca13682a8c3676219ef2ad4b62153ff917140cde3d53435
/usr/share/zoneinfo/Asia/Bahrain f 0644 0:0 size=237 nlink=1 sha256=e7bfd6ad48c4aa065512cc0835a11e40ed127e12168c28e429e25c96cbdf3dcf
/usr/share/zoneinfo/Asia/Baku f 0644 0:0 size=1227 nlink=1 sha256=be11e796268e751c8db9d974b0524574bca7120d0773423e22264d7db0de09b3
/usr/share/zoneinfo/Asia/Bangkok f 0644 0:0 size=199 nlink=1 sha256=798ab4be1f3d3758f4ebd511a10bed06ed277446a5e853ebb5b17c58228aa43c
/usr/share/zoneinfo/Asia/Barnaul f 0644 0:0 size=1221 nlink=1 sha256=d9cd42abc5d89418326d140c3fcc343427fb91a2c3acf66d1a7e0ce622596c9a
/usr/share/zoneinfo/Asia/Beirut f 0644 0:0 size=2154 nlink=1 sha256=fd9ff664083f88bf6f539d490c1f02074e2e5c10eb7f590b222b3e2675da4b6a
/usr/share/zoneinfo/Asia/Bishkek f 0644 0:0 size=983 nlink=1 sha256=768ff8922d49bd22aea54aef973f634641eca4385dbe4d43d88901c85b248c93
/usr/share/zoneinfo/Asia/Brunei f 0644 0:0 size=203 nlink=1 sha256=04c323c04999f6b32836959f83c22b94b8516cc29b756e3ca5a75117e146a257
/usr/share/zoneinfo/Asia/Calcutta l 0777 0:0 -> Kolkata
/usr/share/zoneinfo/Asia/Chita f 0644 0:0 size=1221 nlink=1 sha256=e0808e7005401169cff9c75ffd826ed7f90262760f1b6fef61f49bb8d23e5702
/usr/share/zoneinfo/Asia/Choibalsan l 0777 0:0 -> Ulaanbaatar
/usr/share/zoneinfo/Asia/Chongqing l 0777 0:0 -> Shanghai
/usr/share/zoneinfo/Asia/Chungking l 0777 0:0 -> Shanghai
/usr/share/zoneinfo/Asia/Colombo f 0644 0:0 size=372 nlink=1 sha256=1c679af63b30208833ee4db42d3cdb2ad43252e9faec83f91efb19ae60096496
/usr/share/zoneinfo/Asia/Dacca l 0777 0:0 -> Dhaka
/usr/share/zoneinfo/Asia/Damascus f 0644 0:0 size=1887 nlink=1 sha256=fb90ce2ad6329e7b146189c13108a7dd7b2d850f58e651bebdd9e20fde6d2037
/usr/share/zoneinfo/Asia/Dhaka f 0644 0:0 size=337 nlink=1 sha256=dcae6594685ca4275930c709ba8988095bfb9599434695383d46f90ed171f25e
/usr/share/zoneinfo/Asia/Dili f 0644 0:0 size=271 nlink=1 sha256=9d4384e3039ac9fc4b4d9c3becc8aa43802f9ccecd8e0b20bbb82fb1ba227f61
/usr/share/zoneinfo/Asia/Dubai f 0644 0:0 size=165 nlink=1 sha256=fa06b49b7b9af58ea4496444cf6fd576d715024abcdd6ad6defc63048ed6346b
/usr/share/zoneinfo/Asia/Dushanbe f 0644 0:0 size=591 nlink=1 sha256=15493d4edfc68a67d1ba57166a612fb8ebc0ec5439d987d9a90db0f3ca8cc7a3
/usr/share/zoneinfo/Asia/Famagusta f 0644 0:0 size=2028 nlink=1 sha256=085adcca077cb9d7b9c7a384b5f33f0f0d0a607a31a4f3f3ab8e8aa075718e37
/usr/share/zoneinfo/Asia/Gaza f 0644 0:0 size=3844 nlink=1 sha256=b7463171440be7754d2a729b2a28e7d0e13f31aaf21329e89da6ec7be893b73b
/usr/share/zoneinfo/Asia/Harbin l 0777 0:0 -> Shanghai
/usr/share/zoneinfo/Asia/Hebron f 0644 0:0 size=3872 nlink=1 sha256=e98d144872b1fb1a02c42aff5a90ae337a253f5bd41a7ceb7271a2c9015ca9d4
/usr/share/zoneinfo/Asia/Ho_Chi_Minh f 0644 0:0 size=351 nlink=1 sha256=e23774e40786df8d8cc1ef0fb6a6a72ba32c94d9cb7765fb06ed4dfd8c96065e
/usr/share/zoneinfo/Asia/Hong_Kong f 0644 0:0 size=1233 nlink=1 sha256=6a5fcee243e5ab92698242d88c4699ceb7208a22ee97d342d11e41ebd2555a17
/usr/share/zoneinfo/Asia/Hovd f 0644 0:0 size=891 nlink=1 sha256=2549cea2cecf3538b65512b10fa5e7695477369ba1b17fcf8b5f2b23355ed71c
/usr/share/zoneinfo/Asia/Irkutsk f 0644 0:0 size=1243 nlink=1 sha256=894259095063a5f078acd2893abea0d33519b5c718624fc6934c13925c7c623d
/usr/share/zoneinfo/Asia/Istanbul l 0777 0:0 -> ../Europe/Istanbul
/usr/share/zoneinfo/Asia/Jakarta f 0644 0:0 size=383 nlink=1 sha256=4ef13306f4b37f314274eb0c019d10811f79240e717f790064e361cb98045d11
/usr/share/zoneinfo/Asia/Jayapura f 0644 0:0 size=221 nlink=1 sha256=8a1cd477e2fc1d456a1be35ad743323c4f986308d5163fb17abaa34cde04259b
/usr/share/zoneinfo/Asia/Jerusalem f 0644 0:0 size=2388 nlink=1 sha256=254b964265b94e16b4a498f0eb543968dec25f4cf80fba29b3d38e4a775ae837
/usr/share/zoneinfo/Asia/Kabul f 0644 0:0 size=208 nlink=1 sha256=89a97b4afc1e1d34170e5efd3275e6e901ed8b0da2ed9b757b9bab2d753c4aaf
/usr/share/zoneinfo/Asia/Kamchatka f 0644 0:0 size=1166 nlink=1 sha256=a4103445bca72932ac30299fda124c67f8605543de9a6b3e55c78c309ed00bae
/usr/share/zoneinfo/Asia/Karachi f 0644 0:0 size=379 nlink=1 sha256=881fa658c4d75327c1c00919773f3f526130d31b20c48b9bf8a348eda9338649
/usr/share/zoneinfo/Asia/Kashgar l 0777 0:0 -> Urumqi
/usr/share/zoneinfo/Asia/Kathmandu f 0644 0:0 size=212 nlink=1 sha256=4d4796eeb0d289f3934ac371be8f628086197c621311951ffb4123825c910d6b
/usr/share/zoneinfo/Asia/Katmandu l 0777 0:0 -> Kathmandu
/usr/share/zoneinfo/Asia/Khandyga f 0644 0:0 size=1271 nlink=1 sha256=5d8cc4dadb04e526b2f698347070d090413d693bb2da988548b006c7f77e7663
/usr/share/zoneinfo/Asia/Kolkata f 0644 0:0 size=285 nlink=1 sha256=e90c341036cb7203200e293cb3b513267e104a39a594f35e195254e6bc0a17cf
/usr/share/zoneinfo/Asia/Krasnoyarsk f 0644 0:0 size=1207 nlink=1 sha256=9f3470e0f2360222bf19ef39e1bf14ed3483c342c6432ddc6b962e38e5365f02
/usr/share/zoneinfo/Asia/Kuala_Lumpur f 0644 0:0 size=415 nlink=1 sha256=1a414f6514a08b0bdc3253e926d12e4445cd2d12f0d82be067ab4c8eae63e5bb
/usr/share/zoneinfo/Asia/Kuching f 0644 0:0 size=483 nlink=1 sha256=2ac02d4346a8708368ce2c705bb0a4a2b63ed4f4cb96c8fb5149d01903046134
/usr/share/zoneinfo/Asia/Kuwait f 0644 0:0 size=165 nlink=1 sha256=012915ba833940360fc0c411e0798174be07bebfbeea2c77a8ceb7884a609107
/usr/share/zoneinfo/Asia/Macao l 0777 0:0 -> Macau
/usr/share/zoneinfo/Asia/Macau f 0644 0:0 size=1227 nlink=1 sha256=32f02447246cac0dabd39d88b65c85e5b8761617918c8d233f0834b88887d989
/usr/share/zoneinfo/Asia/Magadan f 0644 0:0 size=1222 nlink=1 sha256=72ac23290b7c4e5ce7335c360decc066ecf512378e7cbc4f792635f62f7391f4
/usr/share/zoneinfo/Asia/Makassar f 0644 0:0 size=254 nlink=1 sha256=3a126d0aa493114faee67d28a4154ee41bbec10cdc60fcbd4bfe9a02125780ec
/usr/share/zoneinfo/Asia/Manila f 0644 0:0 size=422 nlink=1 sha256=f314d21c542e615756dd385d36a896cd57ba16fef983fe6b4d061444bbf1ac9e
/usr/share/zoneinfo/Asia/Muscat f 0644 0:0 size=165 nlink=1 sha256=b955876fbfc5248022f0037c730ce8c17ac58c5bd46701e20364c3f24745ab61
/usr/share/zoneinfo/Asia/Nicosia f 0644 0:0 size=2002 nlink=1 sha256=d149e6d08153ec7c86790ec5def4daffe9257f2b0282bba5a853ba043d699595
/usr/share/zoneinfo/Asia/Novokuznetsk f 0644 0:0 size=1165 nlink=1 sha256=bd019ca8a766626583765ef740f65373269d9e8a5ed513c9e2806065e950bbdd
/usr/share/zoneinfo/Asia/Novosibirsk f 0644 0:0 size=1221 nlink=1 sha256=0292f7b36d075f6788027a34dc709ad915dd94ba2d55bf49be7665ed6d6c334d
/usr/share/zoneinfo/Asia/Omsk f 0644 0:0 size=1207 nlink=1 sha256=c316c47ac7deedd24e90d3df7ea4f04fac2e4d249333a13d7f4b85300cb33023
/usr/share/zoneinfo/Asia/Oral f 0644 0:0 size=1005 nlink=1 sha256=88c8ea0f82ef0e0cb1375e6fec2ab211d043c8115a3a50a1c17d701f3d898954
/usr/share/zoneinfo/Asia/Phnom_Penh f 0644 0:0 size=295 nlink=1 sha256=acbe7662c323fd5d10cf906013321fd67f4c451c7436f4acc8d5717f70ccbcad
/usr/share/zoneinfo/Asia/Pontianak f 0644 0:0 size=353 nlink=1 sha256=8a7397c2e2ad8cabf5cff7a588f65222a8d2b7ac21b6ec613de1b56298d4fc14
/usr/share/zoneinfo/Asia/Pyongyang f 0644 0:0 size=237 nlink=1 sha256=ffe8371a70c0b5f0d7e17024b571fd8c5a2e2d40e63a8be78e839fbd1a540ec1
/usr/share/zoneinfo/Asia/Qatar f 0644 0:0 size=199 nlink=1 sha256=574ac525d2c722b4e82795a5dbc573568c3009566863c65949e369fbb90ebe36
/usr/share/zoneinfo/Asia/Qostanay f 0644 0:0 size=1039 nlink=1 sha256=f76633d7074fa667abc02f50d5685c95e2023102c3c1c68d8550ae36c09e77b5
/usr/share/zoneinfo/Asia/Qyzylorda f 0644 0:0 size=1025 nlink=1 sha256=6a2491c70a146d0f930477f6c1cc9a3a141bf3a8f78d0a57c1c41a48f9c0b705
/usr/share/zoneinfo/Asia/Rangoon l 0777 0:0 -> Yangon
/usr/share/zoneinfo/Asia/Riyadh f 0644 0:0 size=165 nlink=1 sha256=aeaf4a3e3f25d050679ca9fddd690c780d489e036d4f3939fe8578b04661738c
/usr/share/zoneinfo/Asia/Saigon l 0777 0:0 -> Ho_Chi_Minh
/usr/share/zoneinfo/Asia/Sakhalin f 0644 0:0 size=1202 nlink=1 sha256=f7901d3f03a049ed20f70771ebb90a2c36e3bd8dc5b697950680166c955ca34c
/usr/share/zoneinfo/Asia/Samarkand f 0644 0:0 size=577 nlink=1 sha256=0417ba1a0fca95242e4b9840cafbe165698295c2c96858e708d182dfdd471d03
/usr/share/zoneinfo/Asia/Seoul f 0644 0:0 size=617 nlink=1 sha256=2c8f4bb15dd77090b497e2a841ff3323ecbbae4f9dbb9edead2f8dd8fb5d8bb4
/usr/share/zoneinfo/Asia/Shanghai f 0644 0:0 size=561 nlink=1 sha256=64ffc2e43a94435a043c040d1d3af7e92d031adc78e7737af1861baa4eeef3e6
/usr/share/zoneinfo/Asia/Singapore f 0644 0:0 size=415 nlink=1 sha256=739e349e40a3e820c222f70c4c9d55810b65987ffb14e494d08b145ed3445711
/usr/share/zoneinfo/Asia/Srednekolymsk f 0644 0:0 size=1208 nlink=1 sha256=d039655bcab95605c4315e5cfe72c912566c3696aebcd84d00242972076a125d
/usr/share/zoneinfo/Asia/Taipei f 0644 0:0 size=761 nlink=1 sha256=0cc990c0ea4faa5db9b9edcd7fcbc028a4f87a6d3a0f567dac76cb222b718b19
/usr/share/zoneinfo/Asia/Tashkent f 0644 0:0 size=591 nlink=1 sha256=2d2fb24f1874bf5be626843d23a7d8f8811193bba43e6a2f571d94b7ff9bf888
/usr/share/zoneinfo/Asia/Tbilisi f 0644 0:0 size=1035 nlink=1 sha256=c3a50dc60ca7e015554c5e56900b71a3fbbb9e7218dba99a90a4399d18227ddb
/usr/share/zoneinfo/Asia/Tehran f 0644 0:0 size=1262 nlink=1 sha256=a996eb28d87f8c73af608beada143b344fc2e9c297d84da7915d731ba97566b4
/usr/share/zoneinfo/Asia/Tel_Aviv l 0777 0:0 -> Jerusalem
/usr/share/zoneinfo/Asia/Thimbu l 0777 0:0 -> Thimphu
/usr/share/zoneinfo/Asia/Thimphu f 0644 0:0 size=203 nlink=1 sha256=ba26bca2be5db4393155466b70bc248db4f3f42ed984bab44f88e513862fbaf4
/usr/share/zoneinfo/Asia/Tokyo f 0644 0:0 size=309 nlink=1 sha256=a02b9e66044dc5c35c5f76467627fdcba4aee1cc958606b85c777095cad82ceb
/usr/share/zoneinfo/Asia/Tomsk f 0644 0:0 size=1221 nlink=1 sha256=efb6207492f111344a8d08e76871dfe78c4102a372c130f0410999e6fe80ab6f
/usr/share/zoneinfo/Asia/Ujung_Pandang l 0777 0:0 -> Makassar
/usr/share/zoneinfo/Asia/Ulaanbaatar f 0644 0:0 size=891 nlink=1 sha256=bb2412cc8065d1fd935c7ae6526dd53ecd42f6ba34d77858980971eb25238776
/usr/share/zoneinfo/Asia/Ulan_Bator l 0777 0:0 -> Ulaanbaatar
/usr/share/zoneinfo/Asia/Urumqi f 0644 0:0 size=165 nlink=1 sha256=0045c32793f140e85e3d9670d50665f7c9a80cd6be6d6dc8dd654d4191c13d80
/usr/share/zoneinfo/Asia/Ust-Nera f 0644 0:0 size=1252 nlink=1 sha256=2406614403dd6ce2fd00bf961ce2fc6998f1759c4b9860cd046302c3d4cab51f
/usr/share/zoneinfo/Asia/Vientiane f 0644 0:0 size=323 nlink=1 sha256=8bfb2a6f1f2d1eb19da3f4c8898fe59ae2cb41aab690954857e95bf9d9cdaae6
/usr/share/zoneinfo/Asia/Vladivostok f 0644 0:0 size=1208 nlink=1 sha256=5a892182d8f69f0523f7dda1ed2c9f07f7d134700a7cf37386c7ffa19a629bc7
/usr/share/zoneinfo/Asia/Yakutsk f 0644 0:0 size=1207 nlink=1 sha256=455088979d84bccae9d911b6860d9c8c34abf5086cb1c6804fe355f35c70ef37
/usr/share/zoneinfo/Asia/Yangon f 0644 0:0 size=268 nlink=1 sha256=647b97f97547afc746263acf439716edbf23414bf78a1c9df95ccde78e6694c0
/usr/share/zoneinfo/Asia/Yekaterinburg f 0644 0:0 size=1243 nlink=1 sha256=37355cd8388f7b2c3415d307c123d0245f64dedbd676dac44d988de7ca72c4b9
/usr/share/zoneinfo/Asia/Yerevan f 0644 0:0 size=1151 nlink=1 sha256=934587b56416fdc0428dc12ff273f4d5c54f79354395fd7c950d3fbba7229f5a
/usr/share/zoneinfo/Atlantic d 0755 0:0
/usr/share/zoneinfo/Atlantic/Azores f 0644 0:0 size=3456 nlink=1 sha256=91dba61a9e3608f795cfc5c469d802ab610b1c00fd8890b6db2236d48d541857
/usr/share/zoneinfo/Atlantic/Bermuda f 0644 0:0 size=2396 nlink=1 sha256=2cd18a7ccb2762fc089a34f2cd7acb84c3871c3bbba88ebb45b60d2afbc8d792
/usr/share/zoneinfo/Atlantic/Canary f 0644 0:0 size=1897 nlink=1 sha256=ca62bdb9faa986f3630cade1ce290de067e4711dd07820623cac9573a16395b0
/usr/share/zoneinfo/Atlantic/Cape_Verde f 0644 0:0 size=270 nlink=1 sha256=11242f13775e308fa5c7d986d3224b12c157e4a465fbb73a803e4eda1d199bd4
/usr/share/zoneinfo/Atlantic/Faeroe l 0777 0:0 -> Faroe
/usr/share/zoneinfo/Atlantic/Faroe f 0644 0:0 size=1815 nlink=1 sha256=3626dd64f66d6a99d847f9b22199cc753692286b0e04682e8e3d3f4f636f033b
/usr/share/zoneinfo/Atlantic/Jan_Mayen l 0777 0:0 -> ../Europe/Berlin
/usr/share/zoneinfo/Atlantic/Madeira f 0644 0:0 size=3377 nlink=1 sha256=95863ce4c0b9f8650a1319b7e778b1c2d643c5ab186af4d35842efbf94572f11
/usr/share/zoneinfo/Atlantic/Reykjavik f 0644 0:0 size=1162 nlink=1 sha256=99291a4411992de52b9bcf0478771a5a711ddf95a7f808361b5d07b48dc6d9f8
/usr/share/zoneinfo/Atlantic/South_Georgia f 0644 0:0 size=164 nlink=1 sha256=419ef67d12a9e8a82fcbb0dfc871a1b753159f31a048fba32d07785cc8cdaeb7
/usr/share/zoneinfo/Atlantic/St_Helena f 0644 0:0 size=182 nlink=1 sha256=a6dfe04a0d3889bca9b71df65370184b41c8a83efb4eb1222da544478d0f6d5d
/usr/share/zoneinfo/Atlantic/Stanley f 0644 0:0 size=1214 nlink=1 sha256=7b128c2f0f8ff79db04b5153c558e7514d66903d8ebca503c2d0edf081a07fcc
/usr/share/zoneinfo/Australia d 0755 0:0
/usr/share/zoneinfo/Australia/ACT l 0777 0:0 -> Sydney
/usr/share/zoneinfo/Australia/Adelaide f 0644 0:0 size=2208 nlink=1 sha256=95dd846f153be6856098f7bbd37cfe23a6aa2e0d0a9afeb665c086ce44f9476d
/usr/share/zoneinfo/Australia/Brisbane f 0644 0:0 size=419 nlink=1 sha256=796e90cf37b6b74faca5e2669afb7524ccdb91269d20a744f385c773b254b467
/usr/share/zoneinfo/Australia/Broken_Hill f 0644 0:0 size=2229 nlink=1 sha256=de4ff79634ef4b91927e8ed787ac3bd54811dda03060f06c9c227e9a51180aa4
/usr/share/zoneinfo/Australia/Canberra l 0777 0:0 -> Sydney
/usr/share/zoneinfo/Australia/Currie l 0777 0:0 -> Hobart
/usr/share/zoneinfo/Australia/Darwin f 0644 0:0 size=325 nlink=1 sha256=7e7d08661216f7c1409f32e283efc606d5b92c0e788da8dd79e533838b421afa
/usr/share/zoneinfo/Australia/Eucla f 0644 0:0 size=470 nlink=1 sha256=2f112e156c8cb1efdc00b56d4560a47fab08204935de34382575bc9366a049df
/usr/share/zoneinfo/Australia/Hobart f 0644 0:0 size=2358 nlink=1 sha256=18b412ce021fb16c4ebe628eae1a5fa1f5aa20d41fea1dfa358cb799caba81c8
/usr/share/zoneinfo/Australia/LHI l 0777 0:0 -> Lord_Howe
/usr/share/zoneinfo/Australia/Lindeman f 0644 0:0 size=475 nlink=1 sha256=c4ce94771db6a0b3682d1d58ec64211ce628bfc9f0df140daa073f35543624ae
/usr/share/zoneinfo/Australia/Lord_Howe f 0644 0:0 size=1860 nlink=1 sha256=2ee7f42f1fe2247ba1de465de0bc518dfdfab4b179fb05b650531534a353ee08
/usr/share/zoneinfo/Australia/Melbourne f 0644 0:0 size=2190 nlink=1 sha256=96fc7f31072e9cc73abb6b2622b97c5f8dbb6cbb17be3920a4249d8d80933413
/usr/share/zoneinfo/Australia/NSW l 0777 0:0 -> Sydney
/usr/share/zoneinfo/Australia/North l 0777 0:0 -> Darwin
/usr/share/zoneinfo/Australia/Perth f 0644 0:0 size=446 nlink=1 sha256=025d4339487853fa1f3144127959734b20f7c7b4948cff5d72149a0541a67968
/usr/share/zoneinfo/Australia/Queensland l 0777 0:0 -> Brisbane
/usr/share/zoneinfo/Australia/South l 0777 0:0 -> Adelaide
/usr/share/zoneinfo/Australia/Sydney f 0644 0:0 size=2190 nlink=1 sha256=42c3857585b16db2f8ffd47ba19faa60f473340de8d4fe9320ea7be861605906
/usr/share/zoneinfo/Australia/Tasmania l 0777 0:0 -> Hobart
/usr/share/zoneinfo/Australia/Victoria l 0777 0:0 -> Melbourne
/usr/share/zoneinfo/Australia/West l 0777 0:0 -> Perth
/usr/share/zoneinfo/Australia/Yancowinna l 0777 0:0 -> Broken_Hill
/usr/share/zoneinfo/Brazil d 0755 0:0
/usr/share/zoneinfo/Brazil/Acre l 0777 0:0 -> ../America/Rio_Branco
/usr/share/zoneinfo/Brazil/DeNoronha l 0777 0:0 -> ../America/Noronha
/usr/share/zoneinfo/Brazil/East l 0777 0:0 -> ../America/Sao_Paulo
/usr/share/zoneinfo/Brazil/West l 0777 0:0 -> ../America/Manaus
/usr/share/zoneinfo/CET f 0644 0:0 size=2094 nlink=1 sha256=a38a2692b33f22c213c68a14a3c92b33ddb55df05dbd1b3d261c065c677e6298
/usr/share/zoneinfo/CST6CDT f 0644 0:0 size=2310 nlink=1 sha256=5866ed6751708d15fa25ea3f4c25cab1f783b3857dba15c625f7272c9864decd
/usr/share/zoneinfo/Canada d 0755 0:0
/usr/share/zoneinfo/Canada/Atlantic l 0777 0:0 -> ../America/Halifax
/usr/share/zoneinfo/Canada/Central l 0777 0:0 -> ../America/Winnipeg
/usr/share/zoneinfo/Canada/Eastern l 0777 0:0 -> ../America/Toronto
/usr/share/zoneinfo/Canada/Mountain l 0777 0:0 -> ../America/Edmonton
/usr/share/zoneinfo/Canada/Newfoundland l 0777 0:0 -> ../America/St_Johns
/usr/share/zoneinfo/Canada/Pacific l 0777 0:0 -> ../America/Vancouver
/usr/share/zoneinfo/Canada/Saskatchewan l 0777 0:0 -> ../America/Regina
/usr/share/zoneinfo/Canada/Yukon l 0777 0:0 -> ../America/Whitehorse
/usr/share/zoneinfo/Chile d 0755 0:0
/usr/share/zoneinfo/Chile/Continental l 0777 0:0 -> ../America/Santiago
/usr/share/zoneinfo/Chile/EasterIsland l 0777 0:0 -> ../Pacific/Easter
/usr/share/zoneinfo/Cuba l 0777 0:0 -> America/Havana
/usr/share/zoneinfo/EET f 0644 0:0 size=1908 nlink=1 sha256=80656c5b9faa9c8eedcbcbea54ad400d686e9ebbc04fc9140bbf4651ffbfec6f
/usr/share/zoneinfo/EST f 0644 0:0 size=114 nlink=1 sha256=b8a13f54f29fc46c9812ccaa57f0dd136316e79becfea522a0e7489f91a8a1b7
/usr/share/zoneinfo/EST5EDT f 0644 0:0 size=2310 nlink=1 sha256=7f0cc4313d638276367438ddd04a83976ebfecb0bea05e3c05de27839df5d47d
/usr/share/zoneinfo/Egypt l 0777 0:0 -> Africa/Cairo
/usr/share/zoneinfo/Eire l 0777 0:0 -> Europe/Dublin
/usr/share/zoneinfo/Etc d 0755 0:0
/usr/share/zoneinfo/Etc/GMT f 0644 0:0 size=114 nlink=1 sha256=6d9f378883c079f86c0387a5547a92c449869d806e07de10084ab04f0249018d
/usr/share/zoneinfo/Etc/GMT+0 l 0777 0:0 -> GMT
/usr/share/zoneinfo/Etc/GMT+1 f 0644 0:0 size=116 nlink=1 sha256=d50ce5d97f6b43f45711fd75c87d3dc10642affa61e947453fb134caef6cf884
/usr/share/zoneinfo/Etc/GMT+10 f 0644 0:0 size=117 nlink=1 sha256=244432432425902d28e994dd7958d984220e87a70ae5317b1f4d0f925b3eb142
/usr/share/zoneinfo/Etc/GMT+11 f 0644 0:0 size=117 nlink=1 sha256=b56bdcbd830509a13ad27255bc3aeba2feecb49becd4a4183b2ae1977773714b
/usr/share/zoneinfo/Etc/GMT+12 f 0644 0:0 size=117 nlink=1 sha256=6fbd0712112babc2099aaf31edc399cb8791fffddfab9b871e98ef3c1107a8c0
/usr/share/zoneinfo/Etc/GMT+2 f 0644 0:0 size=116 nlink=1 sha256=4fa129e7386c94129b61a10215407a8142a1de24d93f23285b59238689f1ad4a
/usr/share/zoneinfo/Etc/GMT+3 f 0644 0:0 size=116 nlink=1 sha256=406a18ac4d386d427e3b32f7eddb763194f917158d2e92433d55e025bb2d6190
/usr/share/zoneinfo/Etc/GMT+4 f 0644 0:0 size=116 nlink=1 sha256=456ae43648bec15ed7f9ca1ed15bee7c17ba2eb595a643c98226b94106049c1a
/usr/share/zoneinfo/Etc/GMT+5 f 0644 0:0 size=116 nlink=1 sha256=a1199e0b8d5d8185d3fb3cf264844a5cdf48bdd2f60dae674eec261b6fe9ac80
/usr/share/zoneinfo/Etc/GMT+6 f 0644 0:0 size=116 nlink=1 sha256=77a7409f089e8f2148da7ec0cc59455b4685013eb360d123048106d2ebb4b1b4
/usr/share/zoneinfo/Etc/GMT+7 f 0644 0:0 size=116 nlink=1 sha256=4ea8d86f3774607a71d708ac160d3c275f704e983aced24b2e89e0658fe5a33b
/usr/share/zoneinfo/Etc/GMT+8 f 0644 0:0 size=116 nlink=1 sha256=b61ffc6c832662044f09eb01adb981851af48d03bbc2177bd0b898f477f02729
/usr/share/zoneinfo/Etc/GMT+9 f 0644 0:0 size=116 nlink=1 sha256=42ae44ea2512ec9309232993ed8a2a948f0cb6ab55cb49abf6deb3585b5673d6
/usr/share/zoneinfo/Etc/GMT-0 l 0777 0:0 -> GMT
/usr/share/zoneinfo/Etc/GMT-1 f 0644 0:0 size=117 nlink=1 sha256=ef7175794f2e01018fde6728076abdf428df31a9c61479377de7e58e9f69602e
/usr/share/zoneinfo/Etc/GMT-10 f 0644 0:0 size=118 nlink=1 sha256=7ca5963702c13a9d4e90a8ed735c3d2c85c94759934c3f8976f61f951cb522b5
/usr/share/zoneinfo/Etc/GMT-11 f 0644 0:0 size=118 nlink=1 sha256=0f64bbf67ea9b1af6df7fdaf8f9c08ac5a471f63892dc08a3fabedc3315920d6
/usr/share/zoneinfo/Etc/GMT-12 f 0644 0:0 size=118 nlink=1 sha256=99ee15ea599623c812afc1fb378d56003d04c30d5a9e1fc4177e10afd5284a72
/usr/share/zoneinfo/Etc/GMT-13 f 0644 0:0 size=118 nlink=1 sha256=c5b99b1b505003a0e5a5afe2530106c89c56e1adedea599ac1d3ca004f2f6d1f
/usr/share/zoneinfo/Etc/GMT-14 f 0644 0:0 size=118 nlink=1 sha256=3e95e8444061d36a85a6fc55323da957d200cd242f044ed73ef9cdf6a499f8a7
/usr/share/zoneinfo/Etc/GMT-2 f 0644 0:0 size=117 nlink=1 sha256=bdeea158b75eba22e1a9a81a58ba8c0fa1cdc9b4b57214708ee75f4d9d9b6011
/usr/share/zoneinfo/Etc/GMT-3 f 0644 0:0 size=117 nlink=1 sha256=37bee320b6a7b8b0d590bb1dba35d94aef9db078b0379308a7087b7cc5227eca
/usr/share/zoneinfo/Etc/GMT-4 f 0644 0:0 size=117 nlink=1 sha256=2d2928e5f547a8f979cdfc231aa91b31afce167beda53ea8ff8c58c4dcfd9f9a
/usr/share/zoneinfo/Etc/GMT-5 f 0644 0:0 size=117 nlink=1 sha256=b8b69247931bd7c1d14ec000e52bde63d3c027dedd3bc433216a8d5dedf065be
/usr/share/zoneinfo/Etc/GMT-6 f 0644 0:0 size=117 nlink=1 sha256=25237e454029849e747e922fedc602eae9ebb6bcfd4b55a66bea620c79467bb7
/usr/share/zoneinfo/Etc/GMT-7 f 0644 0:0 size=117 nlink=1 sha256=bd500e17cc54f53f444a7c3af1cd12157a5cbe4a28a5a8b04d1d336de7c71d25
/usr/share/zoneinfo/Etc/GMT-8 f 0644 0:0 size=117 nlink=1 sha256=4bbc4541b14ca620d9cb8bf92f80fd7c2ae3448cf3a0b0b9a7c49edb7c62eeeb
/usr/share/zoneinfo/Etc/GMT-9 f 0644 0:0 size=117 nlink=1 sha256=239bc736650af98ca0fd2d6c905378e15195cc1824b6316055088320a3b868c2
/usr/share/zoneinfo/Etc/GMT0 l 0777 0:0 -> GMT
/usr/share/zoneinfo/Etc/Greenwich l 0777 0:0 -> GMT
/usr/share/zoneinfo/Etc/UCT l 0777 0:0 -> UTC
/usr/share/zoneinfo/Etc/UTC f 0644 0:0 size=114 nlink=1 sha256=8b85846791ab2c8a5463c83a5be3c043e2570d7448434d41398969ed47e3e6f2
/usr/share/zoneinfo/Etc/Universal l 0777 0:0 -> UTC
/usr/share/zoneinfo/Etc/Zulu l 0777 0:0 -> UTC
/usr/share/zoneinfo/Europe d 0755 0:0
/usr/share/zoneinfo/Europe/Amsterdam f 0644 0:0 size=2910 nlink=1 sha256=a70f079e056dddb53942b473bbbd2a3a67faf5323292592096f554b5ef67b4aa
/usr/share/zoneinfo/Europe/Andorra f 0644 0:0 size=1742 nlink=1 sha256=8130798c2426bc8c372498b5fef01c398ba1b733c147a457531f60555ea9eae8
/usr/share/zoneinfo/Europe/Astrakhan f 0644 0:0 size=1165 nlink=1 sha256=cb0b732fdd8a55fa326ce980844f5e1ea98c72f2599b96f48ece460dd5882444
/usr/share/zoneinfo/Europe/Athens f 0644 0:0 size=2262 nlink=1 sha256=5c363e14151d751c901cdf06c502d9e1ac23b8e956973954763bfb39d5c53730
/usr/share/zoneinfo/Europe/Belfast l 0777 0:0 -> London
/usr/share/zoneinfo/Europe/Belgrade f 0644 0:0 size=1920 nlink=1 sha256=3a95adb06156044fd2fa662841c0268c2b5af47c1b19000d9d299563d387093a
/usr/share/zoneinfo/Europe/Berlin f 0644 0:0 size=2298 nlink=1 sha256=5ee475f71a0fc1a32faeb849f8c39c6e7aa66d6d41ec742b97b3a7436b3b0701
/usr/share/zoneinfo/Europe/Bratislava l 0777 0:0 -> Prague
/usr/share/zoneinfo/Europe/Brussels f 0644 0:0 size=2933 nlink=1 sha256=812f55aeb6e8cde9ddf4786e15eb4256b21e82cf5f5d28da1bad17d94570cac0
/usr/share/zoneinfo/Europe/Bucharest f 0644 0:0 size=2184 nlink=1 sha256=9df83af9b5360fa0cc1166fd10c2014799319cdb1b0d2c7450a7c71ff673a857
/usr/share/zoneinfo/Europe/Budapest f 0644 0:0 size=2368 nlink=1 sha256=94dc2ac5672206fc3d7a2f35550c082876c2fd90c98e980753a1c5838c025246
/usr/share/zoneinfo/Europe/Busingen l 0777 0:0 -> Zurich
/usr/share/zoneinfo/Europe/Chisinau f 0644 0:0 size=2424 nlink=1 sha256=7b4941ae82ed7958f8897d198bf937e7ccf5460065caca2728e2a471cb3e9d93
/usr/share/zoneinfo/Europe/Copenhagen f 0644 0:0 size=2137 nlink=1 sha256=abb8806e477bcbd42f6c08ba5c664450e4f034309161646ef55402c54ad9d355
/usr/share/zoneinfo/Europe/Dublin f 0644 0:0 size=3492 nlink=1 sha256=40e8d2a1c3b572284da39f6f4245b1bc814f452c44f5aa73d0a011571d5ccc43
/usr/share/zoneinfo/Europe/Gibraltar f 0644 0:0 size=3068 nlink=1 sha256=6bced6a5a065bf123880053d3a940e90df155096e2ad55987fe55f14b4c8a12e
/usr/share/zoneinfo/Europe/Guernsey f 0644 0:0 size=3732 nlink=1 sha256=63454225987aa547bd9b47d41f274ee90de8d52c66c3c624d42508da55cf8cb0
/usr/share/zoneinfo/Europe/Helsinki f 0644 0:0 size=1900 nlink=1 sha256=184901ecbb158667a0b7b62eb9685e083bc3182edbecdc3d6d3743192f6a9097
/usr/share/zoneinfo/Europe/Isle_of_Man f 0644 0:0 size=3648 nlink=1 sha256=8c20e22715c8950b0a30c68f191d9fbf2ebef60189279f2ca99cbabc14ec1b12
/usr/share/zoneinfo/Europe/Istanbul f 0644 0:0 size=1947 nlink=1 sha256=d92d00fdfed5c6fc84ac930c08fa8adf7002840dbd21590caf5a3e4a932d3319
/usr/share/zoneinfo/Europe/Jersey f 0644 0:0 size=3732 nlink=1 sha256=7ae8f42ddba0b50ac3b52b23f967a0cd0da7cddbbfdbc711152b38d4146b673d
/usr/share/zoneinfo/Europe/Kaliningrad f 0644 0:0 size=1493 nlink=1 sha256=b3b19749ed58bcc72cec089484735303a2389c03909ff2a6cff66a2583be2cc3
/usr/share/zoneinfo/Europe/Kiev l 0777 0:0 -> Kyiv
/usr/share/zoneinfo/Europe/Kirov f 0644 0:0 size=1185 nlink=1 sha256=3fb4f665fe44a3aa382f80db83f05f8858d48138f47505e5af063e419d5e0559
/usr/share/zoneinfo/Europe/Kyiv f 0644 0:0 size=2120 nlink=1 sha256=fb0ae91bd8cfb882853f5360055be7c6c3117fd2ff879cf727a4378e3d40c0d3
/usr/share/zoneinfo/Europe/Lisbon f 0644 0:0 size=3527 nlink=1 sha256=92b07cb24689226bf934308d1f1bd33c306aa4da610c52cd5bce25077960502c
/usr/share/zoneinfo/Europe/Ljubljana f 0644 0:0 size=1920 nlink=1 sha256=2267951ff4cc76cebc3e804b8cca03648c169ec16ce0cbf9e5dfbe51e748043f
/usr/share/zoneinfo/Europe/London f 0644 0:0 size=3664 nlink=1 sha256=c85495070dca42687df6a1c3ee780a27cbcb82f1844750ea6f642833a44d29b4
/usr/share/zoneinfo/Europe/Luxembourg f 0644 0:0 size=2946 nlink=1 sha256=f7be03bdffd7d50212286d732224c92487c66afa1b3b6d475154be1dfcac39c6
/usr/share/zoneinfo/Europe/Madrid f 0644 0:0 size=2614 nlink=1 sha256=9a42d7d37ad6dedd2d9b328120f7bf9e852f6850c4af00baff964f659b161cea
/usr/share/zoneinfo/Europe/Malta f 0644 0:0 size=2620 nlink=1 sha256=12129c6cf2f8efbeb9b56022439edcbac68ad9368842a64282d268119b3751dd
/usr/share/zoneinfo/Europe/Mariehamn l 0777 0:0 -> Helsinki
/usr/share/zoneinfo/Europe/Minsk f 0644 0:0 size=1321 nlink=1 sha256=9a7f3acddacd5a92580df139d48cbd9f5f998b6a624f26fd10f692d80fae1894
/usr/share/zoneinfo/Europe/Monaco f 0644 0:0 size=2944 nlink=1 sha256=e74b956576175ea7e7afe2b8b6c48d976e8265b463bbae42f924e9f35f305fce
/usr/share/zoneinfo/Europe/Moscow f 0644 0:0 size=1535 nlink=1 sha256=2a69287d1723e93f0f876f0f242866f09569d77b91bde7fa4d9d06b8fcd4883c
/usr/share/zoneinfo/Europe/Nicosia l 0777 0:0 -> ../Asia/Nicosia
/usr/share/zoneinfo/Europe/Oslo f 0644 0:0 size=2228 nlink=1 sha256=51d0844618f5258a71de88e68a5691a32568478a8c035f8f12fea11b09e9b090
/usr/share/zoneinfo/Europe/Paris f 0644 0:0 size=2962 nlink=1 sha256=ab77a1488a2dd4667a4f23072236e0d2845fe208405eec1b4834985629ba7af8
/usr/share/zoneinfo/Europe/Podgorica l 0777 0:0 -> Belgrade
/usr/share/zoneinfo/Europe/Prague f 0644 0:0 size=2301 nlink=1 sha256=1bd7dd8545e6cf1eb9d419f267a57b00e60857d115e5a309326e3878968b2d9c
/usr/share/zoneinfo/Europe/Riga f 0644 0:0 size=2198 nlink=1 sha256=849dbfd26d6d696f48b80fa13323f99fe597ed83ab47485e2accc98609634569
/usr/share/zoneinfo/Europe/Rome f 0644 0:0 size=2641 nlink=1 sha256=d5ade82cc4a232949b87d43157c84b2c355b66a6ac87cf6250ed6ead80b5018f
/usr/share/zoneinfo/Europe/Samara f 0644 0:0 size=1215 nlink=1 sha256=cf68a79ea499f3f964132f1c23217d24cfc57e73b6b1665aa9e16a3a1f290fb3
/usr/share/zoneinfo/Europe/San_Marino l 0777 0:0 -> Rome
/usr/share/zoneinfo/Europe/Sarajevo f 0644 0:0 size=1920 nlink=1 sha256=a3e49aca8bf331e3c6d0faf68ab466cde901c8051a8674e926acd2c66deaff57
/usr/share/zoneinfo/Europe/Saratov f 0644 0:0 size=1183 nlink=1 sha256=04c7a3e3d1e5406db80960a1e5538436b0778cfb893d270fb3346d6fb32b2772
/usr/share/zoneinfo/Europe/Simferopol f 0644 0:0 size=1469 nlink=1 sha256=b7397bc5d355499a6b342ba5e181392d2a6847d268ba398eabc55b6c1f301e27
/usr/share/zoneinfo/Europe/Skopje f 0644 0:0 size=1920 nlink=1 sha256=50301171643800580da77e75187dc2f9ec2e0b40860578248c9c3dd0c348dcb8
/usr/share/zoneinfo/Europe/Sofia f 0644 0:0 size=2077 nlink=1 sha256=84240a5df30dae7039c47370feecd38cacd5c38f81becab9a063b8c940afe6d6
/usr/share/zoneinfo/Europe/Stockholm f 0644 0:0 size=1909 nlink=1 sha256=5e0a7819287cfa9cdd78978ff13436d235830d48f5ed1ebd87a4584db2d87768
/usr/share/zoneinfo/Europe/Tallinn f 0644 0:0 size=2148 nlink=1 sha256=e1ae890b4688a4ccea215ecedf9ce81b42cb270910ab90285d9da2be489cebec
/usr/share/zoneinfo/Europe/Tirane f 0644 0:0 size=2084 nlink=1 sha256=ced959c824bd5825de556f2706e9f74f28b91d463412d15b8816c473582e72ec
/usr/share/zoneinfo/Europe/Tiraspol l 0777 0:0 -> Chisinau
/usr/share/zoneinfo/Europe/Ulyanovsk f 0644 0:0 size=1267 nlink=1 sha256=9c5b207154e64e2885cc7b722434673bedc7e064407c079c79be9bda31472d44
/usr/share/zoneinfo/Europe/Uzhgorod l 0777 0:0 -> Kyiv
/usr/share/zoneinfo/Europe/Vaduz f 0644 0:0 size=1888 nlink=1 sha256=a7b7adba7d5cbdab931406b197603bdb12f5b9952ca7e91cf8f17c5d729955c8
/usr/share/zoneinfo/Europe/Vatican l 0777 0:0 -> Rome
/usr/share/zoneinfo/Europe/Vienna f 0644 0:0 size=2200 nlink=1 sha256=6662379000c4e9b9eb24471caa1ef75d7058dfa2f51b80e4a624d0226b4dad49
/usr/share/zoneinfo/Europe/Vilnius f 0644 0:0 size=2162 nlink=1 sha256=505cd15f7a2b09307c77d23397124fcb9794036a013ee0aed54265fb60fb0b75
/usr/share/zoneinfo/Europe/Volgograd f 0644 0:0 size=1193 nlink=1 sha256=46016fb7b9b367e4ed20a2fd0551e6a0d64b21e2c8ba20dd5de635d20dbfbe4b
/usr/share/zoneinfo/Europe/Warsaw f 0644 0:0 size=2654 nlink=1 sha256=4e22c33db79517472480b54491a49e0da299f3072d7490ce97f1c4fd6779acab
/usr/share/zoneinfo/Europe/Zagreb f 0644 0:0 size=1920 nlink=1 sha256=799e8a8826651db19a97b6231c4aca1813391e942ddaf289ceefcb1f868e620d
/usr/share/zoneinfo/Europe/Zaporozhye l 0777 0:0 -> Kyiv
/usr/share/zoneinfo/Europe/Zurich f 0644 0:0 size=1909 nlink=1 sha256=2b9418ed48e3d9551c84a4786e185bd2181d009866c040fbd729170d038629ef
/usr/share/zoneinfo/Factory f 0644 0:0 size=116 nlink=1 sha256=6851652b1f771d7a09a05e124ae4e50fc719b4903e9dee682b301ae9e5f65789
/usr/share/zoneinfo/GB l 0777 0:0 -> Europe/London
/usr/share/zoneinfo/GB-Eire l 0777 0:0 -> Europe/London
/usr/share/zoneinfo/GMT l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/GMT+0 l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/GMT-0 l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/GMT0 l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/Greenwich l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/HST f 0644 0:0 size=115 nlink=1 sha256=d589029dcbe02fd6790a6528e1593c55b426800ed9010d0fb44dfb8f5c8e962f
/usr/share/zoneinfo/Hongkong l 0777 0:0 -> Asia/Hong_Kong
/usr/share/zoneinfo/Iceland l 0777 0:0 -> Africa/Abidjan
/usr/share/zoneinfo/Indian d 0755 0:0
/usr/share/zoneinfo/Indian/Antananarivo f 0644 0:0 size=219 nlink=1 sha256=7c045fb862767cb86ae329a1a808dbfb8d04910550be71a4fcf5ebe5e5824c99
/usr/share/zoneinfo/Indian/Chagos f 0644 0:0 size=199 nlink=1 sha256=db7076ea9c302b48315bb4cfefa1a5b7263e454fe8e911864ab17dde917b4b51
/usr/share/zoneinfo/Indian/Christmas f 0644 0:0 size=165 nlink=1 sha256=2782345835ff2d8009c6cc76bd4d0477114940a444fab44bd54bcd42fd3da42b
/usr/share/zoneinfo/Indian/Cocos f 0644 0:0 size=174 nlink=1 sha256=3d7fa4f09a6085a8e3be1963b418d6a336a2bbd361512a557a8002cb6700c4df
/usr/share/zoneinfo/Indian/Comoro f 0644 0:0 size=149 nlink=1 sha256=4f2dc7f436427a68c992f877d9c331baffef0f65023fd9bca4c0dd697e88ff70
/usr/share/zoneinfo/Indian/Kerguelen f 0644 0:0 size=165 nlink=1 sha256=a08bdde9b99014c2d479fa019f87357d04ce01ac0672b3dc9a07b68d4ec1b18a
/usr/share/zoneinfo/Indian/Mahe f 0644 0:0 size=165 nlink=1 sha256=64d5e36a82ffa3ae7bdb15e0b204a66dde43fd291a09a6b2a25a523758def36c
/usr/share/zoneinfo/Indian/Maldives f 0644 0:0 size=199 nlink=1 sha256=7544016eb9a8077a1d5ac32ddcad58527078e3b03a9e45b7691d5a1f374b17b3
/usr/share/zoneinfo/Indian/Mauritius f 0644 0:0 size=241 nlink=1 sha256=93abd651571f537812d4ad767bf68cc3a05e49d32f74bc822510802fb083d20a
/usr/share/zoneinfo/Indian/Mayotte f 0644 0:0 size=149 nlink=1 sha256=ab52952d2b74e897e330f67b329a0a4c7d34e9e585cce1ada8a10cbd4d11523f
/usr/share/zoneinfo/Indian/Reunion f 0644 0:0 size=165 nlink=1 sha256=9479d2561ec2602b83044338758b160e4d34e81480ce79023f18e24ed2ff5a22
/usr/share/zoneinfo/Iran l 0777 0:0 -> Asia/Tehran
/usr/share/zoneinfo/Israel l 0777 0:0 -> Asia/Jerusalem
/usr/share/zoneinfo/Jamaica l 0777 0:0 -> America/Jamaica
/usr/share/zoneinfo/Japan l 0777 0:0 -> Asia/Tokyo
/usr/share/zoneinfo/Kwajalein l 0777 0:0 -> Pacific/Kwajalein
/usr/share/zoneinfo/Libya l 0777 0:0 -> Africa/Tripoli
/usr/share/zoneinfo/MET f 0644 0:0 size=2094 nlink=1 sha256=8b708a4ae3f837f3c08fba3e09b93cccf11d16cd0259604201f8362570f1e55f
/usr/share/zoneinfo/MST f 0644 0:0 size=114 nlink=1 sha256=e88430bed4f5d81cf5a538aa16ea15c4d63ee15892ed9ad81e8e673d6c3328fc
/usr/share/zoneinfo/MST7MDT f 0644 0:0 size=2310 nlink=1 sha256=f75d04937d852a84b265663f1f5f551da56fa9bf89b2f9d64ce387be1acab04d
/usr/share/zoneinfo/Mexico d 0755 0:0
/usr/share/zoneinfo/Mexico/BajaNorte l 0777 0:0 -> ../America/Tijuana
/usr/share/zoneinfo/Mexico/BajaSur l 0777 0:0 -> ../America/Mazatlan
/usr/share/zoneinfo/Mexico/General l 0777 0:0 -> ../America/Mexico_City
/usr/share/zoneinfo/NZ l 0777 0:0 -> Pacific/Auckland
/usr/share/zoneinfo/NZ-CHAT l 0777 0:0 -> Pacific/Chatham
/usr/share/zoneinfo/Navajo l 0777 0:0 -> America/Denver
/usr/share/zoneinfo/PRC l 0777 0:0 -> Asia/Shanghai
/usr/share/zoneinfo/PST8PDT f 0644 0:0 size=2310 nlink=1 sha256=43b4c22e413af5aea0ee63e83c092a860fb4752b728800b48d594cef6286fd1f
/usr/share/zoneinfo/Pacific d 0755 0:0
/usr/share/zoneinfo/Pacific/Apia f 0644 0:0 size=612 nlink=1 sha256=726e92e83d15747b1da8b264ba95091faa4bca76a8e50970a4c99123d9b9647e
/usr/share/zoneinfo/Pacific/Auckland f 0644 0:0 size=2437 nlink=1 sha256=8000e3a323e8fd0212414e9426b020707a771c368ca0e151747f9ddb7b814b27
/usr/share/zoneinfo/Pacific/Bougainville f 0644 0:0 size=268 nlink=1 sha256=64a0dafd2ff68129663968b35750eac47df06c4e7cadf2b5bca64766aaebb632
/usr/share/zoneinfo/Pacific/Chatham f 0644 0:0 size=2068 nlink=1 sha256=96456a692175596a6ffc1d8afa4dae269dac7ad4552ba5db8ec437f200c65448
/usr/share/zoneinfo/Pacific/Chuuk f 0644 0:0 size=269 nlink=1 sha256=e886032958ae4430bf455c750093b16b35444fa719b5dbff2c513ac5bb4622d2
/usr/share/zoneinfo/Pacific/Easter f 0644 0:0 size=2233 nlink=1 sha256=64eefdb1ed60766dd954d0fdaf98b5162ad501313612ce55f61fdd506b0788d3
/usr/share/zoneinfo/Pacific/Efate f 0644 0:0 size=538 nlink=1 sha256=a46e0d31578cde10494d99d99aa78bab3dd0e680a08135b81cef91f457bddba0
/usr/share/zoneinfo/Pacific/Enderbury l 0777 0:0 -> Kanton
/usr/share/zoneinfo/Pacific/Fakaofo f 0644 0:0 size=200 nlink=1 sha256=828c3e4a0139af973c27f020e67bc9e5250f0e0eb21fca6d87f6be40b0dc3eff
/usr/share/zoneinfo/Pacific/Fiji f 0644 0:0 size=578 nlink=1 sha256=c955305c2fc9c0bc9f929adf08d4e7580add30ba925c600e7a479ee37b191a23
/usr/share/zoneinfo/Pacific/Funafuti f 0644 0:0 size=166 nlink=1 sha256=3fe5d8c25590a56bd2dd0fd36057b7ec1ae0c4a272e6d83b3c71103420c6bf95
/usr/share/zoneinfo/Pacific/Galapagos f 0644 0:0 size=238 nlink=1 sha256=31db650be7dfa7cade202cc3c6c43cb5632c4e4ab965c37e8f73b2ca18e8915f
/usr/share/zoneinfo/Pacific/Gambier f 0644 0:0 size=164 nlink=1 sha256=cfa79817cb2cccb8e47e9aa65a76c1040501fa26da4799e874a68061bbd739ed
/usr/share/zoneinfo/Pacific/Guadalcanal f 0644 0:0 size=166 nlink=1 sha256=e865fe5e9c5c0b203ae2a50c77124c14cab8b0f93466385ec6a19baf2cdf8231
/usr/share/zoneinfo/Pacific/Guam f 0644 0:0 size=494 nlink=1 sha256=131f739e67faacd7c6cdeea036964908caf54d3e2b925d929eb85e72b749b9f2
/usr/share/zoneinfo/Pacific/Honolulu f 0644 0:0 size=329 nlink=1 sha256=7f03d1bf5264e7ab023a2ef9b997ddfc8cb6936692407c770762b9c549523f33
/usr/share/zoneinfo/Pacific/Johnston l 0777 0:0 -> Honolulu
/usr/share/zoneinfo/Pacific/Kanton f 0644 0:0 size=234 nlink=1 sha256=52f13b7d5b79bc64bb968297d7489b84d8a596288dab0bd001757d3518588603
/usr/share/zoneinfo/Pacific/Kiritimati f 0644 0:0 size=238 nlink=1 sha256=5474778aec22bf7b71eb95ad8ad5470a840483754977cd76559e5d8ee4b25317
/usr/share/zoneinfo/Pacific/Kosrae f 0644 0:0 size=351 nlink=1 sha256=566e40288e8dbee612cf9f2cf3ddb658d2225a8a8f722c7624e24e8b1d669525
/usr/share/zoneinfo/Pacific/Kwajalein f 0644 0:0 size=316 nlink=1 sha256=2f89c7deac6fe4404a551c58b7aedbf487d97c1ce0e4a264d7d8aeef1de804c9
/usr/share/zoneinfo/Pacific/Majuro f 0644 0:0 size=310 nlink=1 sha256=0f0aa1ee05e8cfb0eec2ed67ed717cc848e133850b12ce362d2432cbb17eab34
/usr/share/zoneinfo/Pacific/Marquesas f 0644 0:0 size=173 nlink=1 sha256=bb3b2356896eb46457a7f1519ef5e85340290c46f865a628cffafad03ee3b9f8
/usr/share/zoneinfo/Pacific/Midway f 0644 0:0 size=217 nlink=1 sha256=9b903c517a790a878e17f41acd44f8782af3963a4673ae296d93ab906494cad9
/usr/share/zoneinfo/Pacific/Nauru f 0644 0:0 size=252 nlink=1 sha256=a06c68718b2ab2c67f11e4077f77143f9720d2ab6acf1d41ce81235568c4ffb8
/usr/share/zoneinfo/Pacific/Niue f 0644 0:0 size=203 nlink=1 sha256=29cd01460b2eee0d904d1f5edfb0eea91a35b140960c5328c00438c0ee98350d
/usr/share/zoneinfo/Pacific/Norfolk f 0644 0:0 size=880 nlink=1 sha256=09d11733d48a602f569fb68cc43dac5798bccc4f3c350a36e59fcbf3be09b612
/usr/share/zoneinfo/Pacific/Noumea f 0644 0:0 size=304 nlink=1 sha256=1526a7a4038213b58741e8a8a78404aca57d642dd3ceed86c641fcfad217b076
/usr/share/zoneinfo/Pacific/Pago_Pago f 0644 0:0 size=175 nlink=1 sha256=7c262b62985863aad47f13b0ef5db2e5cc917b5d38002de9a2ea83ddb0883458
/usr/share/zoneinfo/Pacific/Palau f 0644 0:0 size=180 nlink=1 sha256=0915bffcc7173e539ac68d92f641cc1da05d8efeeee7d65613062e242a27ce64
/usr/share/zoneinfo/Pacific/Pitcairn f 0644 0:0 size=202 nlink=1 sha256=3bae4477514e085ff4ac48e960f02ab83c2d005de1c7224d8ae8e0a60655d247
/usr/share/zoneinfo/Pacific/Pohnpei f 0644 0:0 size=303 nlink=1 sha256=62a5eb2b08e1527c56c95e8f160d4bebfceef3831f3d6f36772a5fd12ee91ed4
/usr/share/zoneinfo/Pacific/Ponape l 0777 0:0 -> Guadalcanal
/usr/share/zoneinfo/Pacific/Port_Moresby f 0644 0:0 size=186 nlink=1 sha256=7a2fd78e68910cb87e454f78bafcfd0822084451f5af45fb58bfac07ee8317ad
/usr/share/zoneinfo/Pacific/Rarotonga f 0644 0:0 size=603 nlink=1 sha256=deeaf48e2050a94db457228c2376d27c0f8705a43e1e18c4953aac1d69359227
/usr/share/zoneinfo/Pacific/Saipan f 0644 0:0 size=480 nlink=1 sha256=f1d685991ea1f04d186f9c9920b6d5905220348b5291a34be8be71f4aa717774
/usr/share/zoneinfo/Pacific/Samoa l 0777 0:0 -> Pago_Pago
/usr/share/zoneinfo/Pacific/Tahiti f 0644 0:0 size=165 nlink=1 sha256=f62a335d11580e104e2e28e60e4da6452e0c6fe2d7596d6eee7efdd2304d2b13
/usr/share/zoneinfo/Pacific/Tarawa f 0644 0:0 size=166 nlink=1 sha256=bd3e94c56eca786a6d761f34163f404804c698bc7c59a8badf494c2f89b083cd
/usr/share/zoneinfo/Pacific/Tongatapu f 0644 0:0 size=372 nlink=1 sha256=6f44db6da6015031243c8a5c4be12720a099e4a4a0d8734e188649f4f6bc4c42
/usr/share/zoneinfo/Pacific/Truk l 0777 0:0 -> Port_Moresby
/usr/share/zoneinfo/Pacific/Wake f 0644 0:0 size=166 nlink=1 sha256=75327195d81c69dfa41ab383c28e1c0071914ac4be2b77e3799eb65845219859
/usr/share/zoneinfo/Pacific/Wallis f 0644 0:0 size=166 nlink=1 sha256=080970d47e60904479964bed98763ea69a062f784d998c5f31a5d0a48d1f4ce1
/usr/share/zoneinfo/Pacific/Yap l 0777 0:0 -> Port_Moresby
/usr/share/zoneinfo/Poland l 0777 0:0 -> Europe/Warsaw
/usr/share/zoneinfo/Portugal l 0777 0:0 -> Europe/Lisbon
/usr/share/zoneinfo/ROC l 0777 0:0 -> Asia/Taipei
/usr/share/zoneinfo/ROK l 0777 0:0 -> Asia/Seoul
/usr/share/zoneinfo/Singapore l 0777 0:0 -> Asia/Singapore
/usr/share/zoneinfo/Turkey l 0777 0:0 -> Europe/Istanbul
/usr/share/zoneinfo/UCT l 0777 0:0 -> Etc/UTC
/usr/share/zoneinfo/US d 0755 0:0
/usr/share/zoneinfo/US/Alaska l 0777 0:0 -> ../America/Anchorage
/usr/share/zoneinfo/US/Aleutian l 0777 0:0 -> ../America/Adak
/usr/share/zoneinfo/US/Arizona l 0777 0:0 -> ../America/Phoenix
/usr/share/zoneinfo/US/Central l 0777 0:0 -> ../America/Chicago
/usr/share/zoneinfo/US/East-Indiana l 0777 0:0 -> ../America/Indiana/Indianapolis
/usr/share/zoneinfo/US/Eastern l 0777 0:0 -> ../America/New_York
/usr/share/zoneinfo/US/Hawaii l 0777 0:0 -> ../Pacific/Honolulu
/usr/share/zoneinfo/US/Indiana-Starke l 0777 0:0 -> ../America/Indiana/Knox
/usr/share/zoneinfo/US/Michigan l 0777 0:0 -> ../America/Detroit
/usr/share/zoneinfo/US/Mountain l 0777 0:0 -> ../America/Denver
/usr/share/zoneinfo/US/Pacific l 0777 0:0 -> ../America/Los_Angeles
/usr/share/zoneinfo/US/Samoa l 0777 0:0 -> ../Pacific/Pago_Pago
/usr/share/zoneinfo/UTC l 0777 0:0 -> Etc/UTC
/usr/share/zoneinfo/Universal l 0777 0:0 -> Etc/UTC
/usr/share/zoneinfo/W-SU l 0777 0:0 -> Europe/Moscow
/usr/share/zoneinfo/WET f 0644 0:0 size=1905 nlink=1 sha256=49cd25d3711f56cfda222d7b2382b2649164c220076ade418298eeb850e1810d
/usr/share/zoneinfo/Zulu l 0777 0:0 -> Etc/UTC
/usr/share/zoneinfo/iso3166.tab f 0644 0:0 size=4841 nlink=1 sha256=837c80785080c8433fd9d4ea87e78f161ac7a40389301c5153d4f90198baeb2a
/usr/share/zoneinfo/leap-seconds.list f 0644 0:0 size=5069 nlink=1 sha256=506e737d1a950148f0daed3c75a55ad497a0f2fa1a82661a361882dd8f4b2093
/usr/share/zoneinfo/leapseconds f 0644 0:0 size=3698 nlink=1 sha256=d6c8c0330527d995de5e50af9c07b929fa9d69d92e723cfb623b4ae6fae6d3b5
/usr/share/zoneinfo/localtime l 0777 0:0 -> /etc/localtime
/usr/share/zoneinfo/posix d 0755 0:0
/usr/share/zoneinfo/posix/Africa l 0777 0:0 -> ../Africa
/usr/share/zoneinfo/posix/America l 0777 0:0 -> ../America
/usr/share/zoneinfo/posix/Antarctica l 0777 0:0 -> ../Antarctica
/usr/share/zoneinfo/posix/Arctic l 0777 0:0 -> ../Arctic
/usr/share/zoneinfo/posix/Asia l 0777 0:0 -> ../Asia
/usr/share/zoneinfo/posix/Atlantic l 0777 0:0 -> ../Atlantic
/usr/share/zoneinfo/posix/Australia l 0777 0:0 -> ../Australia
/usr/share/zoneinfo/posix/Brazil l 0777 0:0 -> ../Brazil
/usr/share/zoneinfo/posix/CET l 0777 0:0 -> ../CET
/usr/share/zoneinfo/posix/CST6CDT l 0777 0:0 -> ../CST6CDT
/usr/share/zoneinfo/posix/Canada l 0777 0:0 -> ../Canada
/usr/share/zoneinfo/posix/Chile l 0777 0:0 -> ../Chile
/usr/share/zoneinfo/posix/Cuba l 0777 0:0 -> ../America/Havana
/usr/share/zoneinfo/posix/EET l 0777 0:0 -> ../EET
/usr/share/zoneinfo/posix/EST l 0777 0:0 -> ../EST
/usr/share/zoneinfo/posix/EST5EDT l 0777 0:0 -> ../EST5EDT
/usr/share/zoneinfo/posix/Egypt l 0777 0:0 -> ../Africa/Cairo
/usr/share/zoneinfo/posix/Eire l 0777 0:0 -> ../Europe/Dublin
/usr/share/zoneinfo/posix/Etc l 0777 0:0 -> ../Etc
/usr/share/zoneinfo/posix/Europe l 0777 0:0 -> ../Europe
/usr/share/zoneinfo/posix/Factory l 0777 0:0 -> ../Factory
/usr/share/zoneinfo/posix/GB l 0777 0:0 -> ../Europe/London
/usr/share/zoneinfo/posix/GB-Eire l 0777 0:0 -> ../Europe/London
/usr/share/zoneinfo/posix/GMT l 0777 0:0 -> ../Etc/GMT
/usr/share/zoneinfo/posix/GMT+0 l 0777 0:0 -> ../Etc/GMT
/usr/share/zoneinfo/posix/GMT-0 l 0777 0:0 -> ../Etc/GMT
/usr/share/zoneinfo/posix/GMT0 l 0777 0:0 -> ../Etc/GMT
/usr/share/zoneinfo/posix/Greenwich l 0777 0:0 -> ../Etc/GMT
/usr/share/zoneinfo/posix/HST l 0777 0:0 -> ../HST
/usr/share/zoneinfo/posix/Hongkong l 0777 0:0 -> ../Asia/Hong_Kong
/usr/share/zoneinfo/posix/Iceland l 0777 0:0 -> ../Africa/Abidjan
/usr/share/zoneinfo/posix/Indian l 0777 0:0 -> ../Indian
/usr/share/zoneinfo/posix/Iran l 0777 0:0 -> ../Asia/Tehran
/usr/share/zoneinfo/posix/Israel l 0777 0:0 -> ../Asia/Jerusalem
/usr/share/zoneinfo/posix/Jamaica l 0777 0:0 -> ../America/Jamaica
/usr/share/zoneinfo/posix/Japan l 0777 0:0 -> ../Asia/Tokyo
/usr/share/zoneinfo/posix/Kwajalein l 0777 0:0 -> ../Pacific/Kwajalein
/usr/share/zoneinfo/posix/Libya l 0777 0:0 -> ../Africa/Tripoli
/usr/share/zoneinfo/posix/MET l 0777 0:0 -> ../MET
/usr/share/zoneinfo/posix/MST l 0777 0:0 -> ../MST
/usr/share/zoneinfo/posix/MST7MDT l 0777 0:0 -> ../MST7MDT
/usr/share/zoneinfo/posix/Mexico l 0777 0:0 -> ../Mexico
/usr/share/zoneinfo/posix/NZ l 0777 0:0 -> ../Pacific/Auckland
/usr/share/zoneinfo/posix/NZ-CHAT l 0777 0:0 -> ../Pacific/Chatham
/usr/share/zoneinfo/posix/Navajo l 0777 0:0 -> ../America/Denver
/usr/share/zoneinfo/posix/PRC l 0777 0:0 -> ../Asia/Shanghai
/usr/share/zoneinfo/posix/PST8PDT l 0777 0:0 -> ../PST8PDT
/usr/share/zoneinfo/posix/Pacific l 0777 0:0 -> ../Pacific
/usr/share/zoneinfo/posix/Poland l 0777 0:0 -> ../Europe/Warsaw
/usr/share/zoneinfo/posix/Portugal l 0777 0:0 -> ../Europe/Lisbon
/usr/share/zoneinfo/posix/ROC l 0777 0:0 -> ../Asia/Taipei
/usr/share/zoneinfo/posix/ROK l 0777 0:0 -> ../Asia/Seoul
/usr/share/zoneinfo/posix/Singapore l 0777 0:0 -> ../Asia/Singapore
/usr/share/zoneinfo/posix/Turkey l 0777 0:0 -> ../Europe/Istanbul
/usr/share/zoneinfo/posix/UCT l 0777 0:0 -> ../Etc/UTC
/usr/share/zoneinfo/posix/US l 0777 0:0 -> ../US
/usr/share/zoneinfo/posix/UTC l 0777 0:0 -> ../Etc/UTC
/usr/share/zoneinfo/posix/Universal l 0777 0:0 -> ../Etc/UTC
/usr/share/zoneinfo/posix/W-SU l 0777 0:0 -> ../Europe/Moscow
/usr/share/zoneinfo/posix/WET l 0777 0:0 -> ../WET
/usr/share/zoneinfo/posix/Zulu l 0777 0:0 -> ../Etc/UTC
/usr/share/zoneinfo/posixrules l 0777 0:0 -> America/New_York
/usr/share/zoneinfo/right d 0755 0:0
/usr/share/zoneinfo/right/Africa d 0755 0:0
/usr/share/zoneinfo/right/Africa/Abidjan f 0644 0:0 size=698 nlink=1 sha256=60e64653ac94f60f8fae2771b65dcb5415b5a1550a179794c50d45de27f05f83
/usr/share/zoneinfo/right/Africa/Accra f 0644 0:0 size=1610 nlink=1 sha256=8a9a40338901834c2ba33c84ba1d57aed72f2bbb87b261fefc4422f2ca8b1fa7
/usr/share/zoneinfo/right/Africa/Addis_Ababa f 0644 0:0 size=734 nlink=1 sha256=8307295323e32fbdfa594326089a4ec01f34a3f0825dc87eefa51ff2e4576c1c
/usr/share/zoneinfo/right/Africa/Algiers f 0644 0:0 size=1284 nlink=1 sha256=4223b30487987af4e96bd19cab8cf60cdf74d367d6de33e38e568d915ae69d9f
/usr/share/zoneinfo/right/Africa/Asmara f 0644 0:0 size=753 nlink=1 sha256=80079b7fd975952c1463561882c77364733870937e45ac9eeb983940e9510b0e
/usr/share/zoneinfo/right/Africa/Asmera l 0777 0:0 -> Nairobi
/usr/share/zoneinfo/right/Africa/Bamako f 0644 0:0 size=758 nlink=1 sha256=868f1f63e90bc816a41e36c02077c62d057a5a5045451659cb7a648ed82aae69
/usr/share/zoneinfo/right/Africa/Bangui f 0644 0:0 size=698 nlink=1 sha256=d94b084c2c5fd1f5c47e91ff8b9f160d21ce69ca0a093a0c2d6ed94dc8b59539
/usr/share/zoneinfo/right/Africa/Banjul f 0644 0:0 size=766 nlink=1 sha256=8e43fb9125559aafcd84ab80e56e883cc9809c0320a81408a7ab78ede3ca7df0
/usr/share/zoneinfo/right/Africa/Bissau f 0644 0:0 size=744 nlink=1 sha256=c4879bd7598a4f114003d270697e00c8d665f45c63e93b02fb084465187b39f6
/usr/share/zoneinfo/right/Africa/Blantyre f 0644 0:0 size=758 nlink=1 sha256=9def3cd0a06adf3074d3b8b1183481f6a0fdda66bd9ad7884ba450e1726c3abb
/usr/share/zoneinfo/right/Africa/Brazzaville f 0644 0:0 size=698 nlink=1 sha256=10d06ff8b42f0ab764493520f54409da9f580414a8e905e8e130c716c3a6205b
/usr/share/zoneinfo/right/Africa/Bujumbura f 0644 0:0 size=698 nlink=1 sha256=79cc18d4a948633176c48953282aba5b301ef996dd0c02be239966cb3ce00beb
/usr/share/zoneinfo/right/Africa/Cairo f 0644 0:0 size=2616 nlink=1 sha256=9491f5271aacef66287625eaf2193c5b7ead009b2b0c7d433b5019ad0aead93e
/usr/share/zoneinfo/right/Africa/Casablanca f 0644 0:0 size=1722 nlink=1 sha256=fda6797ae7b9e98bbb4426a980c5e52a652eb8f32ff1ce93e32303a86925d44a
/usr/share/zoneinfo/right/Africa/Ceuta f 0644 0:0 size=2272 nlink=1 sha256=a671cae29fcbc196094b8689505ba8d9bf80f669c58146ee089e64e8824c538c
/usr/share/zoneinfo/right/Africa/Conakry f 0644 0:0 size=758 nlink=1 sha256=8a4e61fa791f9838f79b3c3311a968c578b6eab180361bf3804b45d7e3dc5fb0
/usr/share/zoneinfo/right/Africa/Dakar f 0644 0:0 size=732 nlink=1 sha256=cf7ee1dc9d35770b78ba75554d43db1ccce34119179b2dce774124817ebefee2
/usr/share/zoneinfo/right/Africa/Dar_es_Salaam f 0644 0:0 size=762 nlink=1 sha256=611b38c393109ec26ca3e4cf7e477fed80c84af5e0887ba74d124aa8938eb72c
/usr/share/zoneinfo/right/Africa/Djibouti f 0644 0:0 size=698 nlink=1 sha256=c1b76f23beaad07a7898770e9e9329c210b101b891d2cc2a88f2b27b6ba73c85
/usr/share/zoneinfo/right/Africa/Douala f 0644 0:0 size=698 nlink=1 sha256=f2c42dd8501656a063890fcd17c7ff2f309b7dee3cc12d2841f1ade27a06c93e
/usr/share/zoneinfo/right/Africa/El_Aaiun f 0644 0:0 size=1588 nlink=1 sha256=c6276d3725a961d7b93d690094edc00a9b442b0deb778fc34f61427fa2835d60
/usr/share/zoneinfo/right/Africa/Freetown f 0644 0:0 size=1014 nlink=1 sha256=7bceeedcaa42b6937023619b78bc9ec8331f2f8ffbe5ce1636d0ccab89b4bd2e
/usr/share/zoneinfo/right/Africa/Gaborone f 0644 0:0 size=784 nlink=1 sha256=a020ce7eb40b53e141110199df53ccbbe1e4174ee6753771729326967cc10ea6
/usr/share/zoneinfo/right/Africa/Harare f 0644 0:0 size=698 nlink=1 sha256=4813d86047942ba2df551dd5c69de215b2a4ab5c7ef15eb45b331f6ff69fcbe2
/usr/share/zoneinfo/right/Africa/Johannesburg f 0644 0:0 size=794 nlink=1 sha256=8674ac26955afd1c5ea1f4038010146ae60f1192dc088464285764aabe801281
/usr/share/zoneinfo/right/Africa/Juba f 0644 0:0 size=1228 nlink=1 sha256=dc9aca6f85c6fb0d31760b4502851e0eb9fcd7237b5dbf2f7e10873cba579979
/usr/share/zoneinfo/right/Africa/Kampala f 0644 0:0 size=800 nlink=1 sha256=71036730c76092642a2c2438ecb7284f72547e473fdc819a5a5979c27cd108f1
/usr/share/zoneinfo/right/Africa/Khartoum f 0644 0:0 size=1228 nlink=1 sha256=9c83110c1af1736a8e7464195219a75cf98be4ec9e278c2b90f8099717a3426e
/usr/share/zoneinfo/right/Africa/Kigali f 0644 0:0 size=698 nlink=1 sha256=01fcfe1b93b8638784d3a011c638c57fb291bdce4d9c198f481d6875faec9cb3
/usr/share/zoneinfo/right/Africa/Kinshasa f 0644 0:0 size=698 nlink=1 sha256=c60cc87e6552e02016b1e7860e01a2caceb8eac63ffea1936ac80fbf23038856
/usr/share/zoneinfo/right/Africa/Lagos f 0644 0:0 size=784 nlink=1 sha256=de7019a251d562fc5adc8e3cd198ff0814e5c5eeb7844041c55921124f46f748
/usr/share/zoneinfo/right/Africa/Libreville f 0644 0:0 size=698 nlink=1 sha256=d05ced64a3484e77e233a84b15fc0dc507adffcc1e057009842bcbefb6b9e43e
/usr/share/zoneinfo/right/Africa/Lome f 0644 0:0 size=698 nlink=1 sha256=23876993eeab826adc8dd7caa713ca3626e04ee4db86212103b092f25aeb7953
/usr/share/zoneinfo/right/Africa/Luanda f 0644 0:0 size=736 nlink=1 sha256=86e2b718263ec3eec8da4159b39d5e263e84a737489169ba187930a15f757a49
/usr/share/zoneinfo/right/Africa/Lubumbashi f 0644 0:0 size=732 nlink=1 sha256=ea57672735be5e24b167f26bcfb4414236a60b5844ebf833cfa542bf7309ecbb
/usr/share/zoneinfo/right/Africa/Lusaka f 0644 0:0 size=698 nlink=1 sha256=b7a9a2166cdb19024b5dab0cf77fd0bcc50a966e1442d296578ece217707294f
/usr/share/zoneinfo/right/Africa/Malabo f 0644 0:0 size=732 nlink=1 sha256=80eaec02e3faeff68e65faed6a4eb84bdd47f96ccd721dc596191cb96175de20
/usr/share/zoneinfo/right/Africa/Maputo f 0644 0:0 size=698 nlink=1 sha256=32d6c55204315c301c29bc7b99aedf6fdad03039922744fe30c924a06eb11679
/usr/share/zoneinfo/right/Africa/Maseru f 0644 0:0 size=740 nlink=1 sha256=c3a8e6688c017fb728d9c6d58a275552b11a0cb85bb8d1416484a7ae2e4760c8
/usr/share/zoneinfo/right/Africa/Mbabane f 0644 0:0 size=700 nlink=1 sha256=970acfdb16975d7b7472ddfee1453d286976c263f84b4c804b1c8a25cdfb3966
/usr/share/zoneinfo/right/Africa/Mogadishu f 0644 0:0 size=762 nlink=1 sha256=8001dd35132bbcfbc0dda9e2a8840428121b78918b5ceb846585b802e4b2cd55
/usr/share/zoneinfo/right/Africa/Monrovia f 0644 0:0 size=758 nlink=1 sha256=c0d4c52d7cf3bc669e1b1661b32b17a72c945abb746e2eb80712b32adc970dc2
/usr/share/zoneinfo/right/Africa/Nairobi f 0644 0:0 size=814 nlink=1 sha256=b29acb9f4499ab40aabbcfffad08d903cb0586fdbe5fa6148247777552b79150
/usr/share/zoneinfo/right/Africa/Ndjamena f 0644 0:0 size=748 nlink=1 sha256=0de59d87f8ba2d4db96c49d3047c057e43184b8ffa5cd8f27bbd6373732cb4ab
/usr/share/zoneinfo/right/Africa/Niamey f 0644 0:0 size=766 nlink=1 sha256=071dd47d29f6baa2cf31da5589fcf99e3e90e079451aeac759aaa9e46ec8c7a5
/usr/share/zoneinfo/right/Africa/Nouakchott f 0644 0:0 size=758 nlink=1 sha256=4edaca305c437582ae9dc69120c5588e161610935da79696b3fd1438f96ede1d
/usr/share/zoneinfo/right/Africa/Ouagadougou f 0644 0:0 size=698 nlink=1 sha256=75dad2c8f64a45cf30b65f05d73414f3d3f5fea54162f2c164f53d835665558b
/usr/share/zoneinfo/right/Africa/Porto-Novo f 0644 0:0 size=732 nlink=1 sha256=81e05eea35fb02a91c802c7480116d3d97adf15909709ec16e1709ef5bbb937a
/usr/share/zoneinfo/right/Africa/Sao_Tome f 0644 0:0 size=804 nlink=1 sha256=657e340b0ec761a1ce34db6752e249dad155a28ab83266878e0a31c04173e7eb
/usr/share/zoneinfo/right/Africa/Timbuktu l 0777 0:0 -> Abidjan
/usr/share/zoneinfo/right/Africa/Tripoli f 0644 0:0 size=1174 nlink=1 sha256=84bc80709f891fbd66a06e2546da4f01e0dfeac6060add732d11f3ed3c3d7699
/usr/share/zoneinfo/right/Africa/Tunis f 0644 0:0 size=1238 nlink=1 sha256=2f8bdd32028debc3789e22d5baf5f6a7da960efcf0c34be7475cc2db1eefdc96
/usr/share/zoneinfo/right/Africa/Windhoek f 0644 0:0 size=1504 nlink=1 sha256=97115662c2345686538444fd88087ba4de1197a1e5493f2649fd67ed2e1b0530
/usr/share/zoneinfo/right/America d 0755 0:0
/usr/share/zoneinfo/right/America/Adak f 0644 0:0 size=2579 nlink=1 sha256=d748ca5d71f3121913338bfe97149d33c0a6a07d467e7d617e97f36824ac7e72
/usr/share/zoneinfo/right/America/Anchorage f 0644 0:0 size=2593 nlink=1 sha256=93952da4816af5ad1f854238f9260b9b5bb119f9096ed59aa770f6c709cc67ab
/usr/share/zoneinfo/right/America/Anguilla f 0644 0:0 size=698 nlink=1 sha256=95bf33d8d07114ee36635586ab66b8e692d1bbb73d31556200fae2789d796515
/usr/share/zoneinfo/right/America/Antigua f 0644 0:0 size=732 nlink=1 sha256=e11f20ee94ff07709cdf5552a83883b51b9ab698af271c18539e13ed3b7dda1d
/usr/share/zoneinfo/right/America/Araguaina f 0644 0:0 size=1418 nlink=1 sha256=096d7bb057003cca8cec03e6d09202f94adf1eec8b432b5c77d6a280747af329
/usr/share/zoneinfo/right/America/Argentina d 0755 0:0
/usr/share/zoneinfo/right/America/Argentina/Buenos_Aires f 0644 0:0 size=1610 nlink=1 sha256=fefd5b73fab534d835b3389f4cebe64b5d91fc6bf289014c209723aadd000813
/usr/share/zoneinfo/right/America/Argentina/Catamarca f 0644 0:0 size=1610 nlink=1 sha256=6a1570511c367835ec84ff3745f52e68307736e13c22be9d0dd5783aade6090e
/usr/share/zoneinfo/right/America/Argentina/ComodRivadavia l 0777 0:0 -> Catamarca
/usr/share/zoneinfo/right/America/Argentina/Cordoba f 0644 0:0 size=1610 nlink=1 sha256=a9c57860788775ba96827b06413a5f03c6f0edb499a915f17937cdf3df033ea8
/usr/share/zoneinfo/right/America/Argentina/Jujuy f 0644 0:0 size=1582 nlink=1 sha256=3f807776e50c7a10042f72c91e95005973bf4ee474e7ef4f75eeb945f51f3ced
/usr/share/zoneinfo/right/America/Argentina/La_Rioja f 0644 0:0 size=1624 nlink=1 sha256=0fe954ce425c1471ce2638ddf2c6502eec00f9e520e93cfe54578c70b0a87351
/usr/share/zoneinfo/right/America/Argentina/Mendoza f 0644 0:0 size=1610 nlink=1 sha256=b19a27bad8a95f17c969676992edd9fa0be2e4119d89450adbc69392955f4bfa
/usr/share/zoneinfo/right/America/Argentina/Rio_Gallegos f 0644 0:0 size=1610 nlink=1 sha256=2c119c5146e361fe138d147afeaa9afac58e6e862b20a0e06630d25136e8d97f
/usr/share/zoneinfo/right/America/Argentina/Salta f 0644 0:0 size=1582 nlink=1 sha256=18ea23282085da321c95082d58f88a4aeabfa847f4b5b2707aced691552aecf2
/usr/share/zoneinfo/right/America/Argentina/San_Juan f 0644 0:0 size=1624 nlink=1 sha256=9fe0de726342b019bffa53930f664b4bbde3c6a162ff18a4407702ba1a2369fb
/usr/share/zoneinfo/right/America/Argentina/San_Luis f 0644 0:0 size=1636 nlink=1 sha256=63eafe9b2edeedcdf58c3ccc59ae880662588ca2cec3d7154fe8341bed239162
/usr/share/zoneinfo/right/America/Argentina/Tucuman f 0644 0:0 size=1638 nlink=1 sha256=ab9d7183696c449a853e321a8e8befec4d4a2ee928bfa19d115411402bc0893e
/usr/share/zoneinfo/right/America/Argentina/Ushuaia f 0644 0:0 size=1610 nlink=1 sha256=d94966872677107a351a11b25aa688ae1c35e2a1a89d81097087613a74a122b5
/usr/share/zoneinfo/right/America/Aruba f 0644 0:0 size=736 nlink=1 sha256=0ea68644a799be22c4899eed6a84bfa9c3c47bdb60468fa8970d9eeb65e549f7
/usr/share/zoneinfo/right/America/Asuncion f 0644 0:0 size=2192 nlink=1 sha256=c9d4e7aa1ba600d317381751321541dc5eaec848d1b8fbf53438e7e2760f70b6
/usr/share/zoneinfo/right/America/Atikokan f 0644 0:0 size=886 nlink=1 sha256=e1d856e05a43cab1eedf85a34411b3bb1edfad8696b6f5bf072674a33d1b569d
/usr/share/zoneinfo/right/America/Atka l 0777 0:0 -> Adak
/usr/share/zoneinfo/right/America/Bahia f 0644 0:0 size=1558 nlink=1 sha256=9c55d343d48eaa1996b781f604511bf7aca17ec54b8379b1705177a4369eae99
/usr/share/zoneinfo/right/America/Bahia_Banderas f 0644 0:0 size=1650 nlink=1 sha256=6dc8ae053b4c02c3ad7cfe970e9eab032459fede1f0103259f11697fdfa03a36
/usr/share/zoneinfo/right/America/Barbados f 0644 0:0 size=986 nlink=1 sha256=2943e8d690ba19537190e888faf2f6b8c180647156dc4a3b75789e739c07450b
/usr/share/zoneinfo/right/America/Belem f 0644 0:0 size=1110 nlink=1 sha256=b62376ad101564a6cd9b8bac1f7c965d2de6e2a3c253487c90505e5db7c6ca46
/usr/share/zoneinfo/right/America/Belize f 0644 0:0 size=2164 nlink=1 sha256=0887f54beaca971d7fc62a332c098e17c85da32ca77ded06776dbbb0804a3d5b
/usr/share/zoneinfo/right/America/Blanc-Sablon f 0644 0:0 size=848 nlink=1 sha256=206f045773b65f1fec46b5156f79a0338f1aab03ef147d6ba5d9f3aaba4b21ae
/usr/share/zoneinfo/right/America/Boa_Vista f 0644 0:0 size=1166 nlink=1 sha256=98ad90e1d71b8c2eb00216927bda85d5fed17ffc145c2436d68381e112afecaf
/usr/share/zoneinfo/right/America/Bogota f 0644 0:0 size=780 nlink=1 sha256=534c6ae9ea52b9001bcb65b2417cbd81edd8d6e4eb23309569aa1229795d8850
/usr/share/zoneinfo/right/America/Boise f 0644 0:0 size=2634 nlink=1 sha256=853d4c2f78014c3fc18fcefce7bb645e8f60510fe03add5937c7a61f25cb3e95
/usr/share/zoneinfo/right/America/Buenos_Aires l 0777 0:0 -> Argentina/Buenos_Aires
/usr/share/zoneinfo/right/America/Cambridge_Bay f 0644 0:0 size=2478 nlink=1 sha256=4c22fe3206270d5f71f76668a931fc7ff302492f93f6e6d5efb84414ca770a77
/usr/share/zoneinfo/right/America/Campo_Grande f 0644 0:0 size=1978 nlink=1 sha256=47bf198b94f419f87ea36e9ac0025a780e570889240319258346cf3d57dc8558
/usr/share/zoneinfo/right/America/Cancun f 0644 0:0 size=1414 nlink=1 sha256=69a996a4a5c7d8a1251d905468afffed5cf332d34714c7ccae7635b6b3662a0c
/usr/share/zoneinfo/right/America/Caracas f 0644 0:0 size=798 nlink=1 sha256=09d9b92e37d848329702f6f69ad0764a6ec5a753436b957518aa0f62eca63022
/usr/share/zoneinfo/right/America/Catamarca l 0777 0:0 -> Argentina/Catamarca
/usr/share/zoneinfo/right/America/Cayenne f 0644 0:0 size=732 nlink=1 sha256=4eddf9d7163f26640a22c369e33eb0bd869137c02f4ea99057834a260f1ccf69
/usr/share/zoneinfo/right/America/Cayman f 0644 0:0 size=732 nlink=1 sha256=e94d39b235fba788e9fb3047c22bcc85381692804ff668cc7bb639e35a15e524
/usr/share/zoneinfo/right/America/Chicago f 0644 0:0 size=3816 nlink=1 sha256=94b08d81e56eac7f6d6e99ef795bc2f27e020f1e3f07752b853ab0d0ff0bf2eb
/usr/share/zoneinfo/right/America/Chihuahua f 0644 0:0 size=1652 nlink=1 sha256=04e4abc1081fc8a12aa5ae31aea8e57a34adf30d6ff0cdfa96c5f038d85f721b
/usr/share/zoneinfo/right/America/Ciudad_Juarez f 0644 0:0 size=1762 nlink=1 sha256=1affeda6d3f0f33dfc96e4c8bac0b609f1b99c7cd266c59e656a623e56e0e734
/usr/share/zoneinfo/right/America/Coral_Harbour l 0777 0:0 -> Panama
/usr/share/zoneinfo/right/America/Cordoba l 0777 0:0 -> Argentina/Cordoba
/usr/share/zoneinfo/right/America/Costa_Rica f 0644 0:0 size=866 nlink=1 sha256=188bcc4545687cf369b66141068940cd01dd79f32532cb18f62435ee1dda434f
/usr/share/zoneinfo/right/America/Coyhaique f 0644 0:0 size=2674 nlink=1 sha256=98806c1539e29061cb7130de9b91ea43046265b811b735eb50b2ece92d9612f2
/usr/share/zoneinfo/right/America/Creston f 0644 0:0 size=758 nlink=1 sha256=557a0df36bca88df048b5a1cc4e7454c2e592f72e598e97b2181fecc0baec6ec
/usr/share/zoneinfo/right/America/Cuiaba f 0644 0:0 size=1950 nlink=1 sha256=41c2956e6842820cc41e339ed9fb5332e80e56d247b9dc756cc3ef58bcc41a30
/usr/share/zoneinfo/right/America/Curacao f 0644 0:0 size=736 nlink=1 sha256=00c9e9c37356189ce059a9114fc79fabee44523a47088a2876054ead58bde21a
/usr/share/zoneinfo/right/America/Danmarkshavn f 0644 0:0 size=1248 nlink=1 sha256=f1f5d2368ef5d2969faa1916f968af88009010fb74449373bf3cbfc39311e2f5
/usr/share/zoneinfo/right/America/Dawson f 0644 0:0 size=2164 nlink=1 sha256=c2eb0710d5a75c8ffdce716b263a9f3907eee442558d67c7a0964d68f3441d8d
/usr/share/zoneinfo/right/America/Dawson_Creek f 0644 0:0 size=1600 nlink=1 sha256=c3b3a76b9f8f6aa2a96f1048d320fc0cbcb9ae024e83b13778a07c45718d094e
/usr/share/zoneinfo/right/America/Denver f 0644 0:0 size=2684 nlink=1 sha256=a3cc401298c15e2baa3a2bbb3a9d4529d3d8f266b835f3788a8af910763d389a
/usr/share/zoneinfo/right/America/Detroit f 0644 0:0 size=2454 nlink=1 sha256=cd6cd7330665ee0c68fbe0da82823f3d08c2dfc1cb5b007d4e77b256fe8025df
/usr/share/zoneinfo/right/America/Dominica f 0644 0:0 size=698 nlink=1 sha256=3845e968d1133cd29d27c252483e2a5197a93256859108c3e3668de56e1fcb61
/usr/share/zoneinfo/right/America/Edmonton f 0644 0:0 size=2556 nlink=1 sha256=ad747520cffe9b898b56ab52119278ebe8b7332d2126118926060acedfef4042
/usr/share/zoneinfo/right/America/Eirunepe f 0644 0:0 size=1190 nlink=1 sha256=65ef5931dcbd7dd596575a227334f79321f35806314bc9cb286efa6573932c91
/usr/share/zoneinfo/right/America/El_Salvador f 0644 0:0 size=774 nlink=1 sha256=5996fe938760bfbf66f5653fa0fbaffc2caead3d0104ec2c49e144a86acf6292
/usr/share/zoneinfo/right/America/Ensenada l 0777 0:0 -> Tijuana
/usr/share/zoneinfo/right/America/Fort_Nelson f 0644 0:0 size=2790 nlink=1 sha256=04539d9db081d42a41bc3b6e1989294da536b363ef22c992b7be69e8fd6706c6
/usr/share/zoneinfo/right/America/Fort_Wayne l 0777 0:0 -> Indiana/Indianapolis
/usr/share/zoneinfo/right/America/Fortaleza f 0644 0:0 size=1250 nlink=1 sha256=70417c9152d30097fee65194c6517dad14ff25f71f5f5caa46b3b685bb6668c9
/usr/share/zoneinfo/right/America/Glace_Bay f 0644 0:0 size=2416 nlink=1 sha256=23663ed896e283f3d14aeea4dc0477ed9956e407e3b0c2c1b7b7a31afe69d060
/usr/share/zoneinfo/right/America/Godthab l 0777 0:0 -> Nuuk
/usr/share/zoneinfo/right/America/Goose_Bay f 0644 0:0 size=3434 nlink=1 sha256=69724ae33996edb95789dc0f77912ae5cebcaa98687b998ffa8da9db5aabb8f4
/usr/share/zoneinfo/right/America/Grand_Turk f 0644 0:0 size=2058 nlink=1 sha256=9abe0e8090ef02abb718a8e085cb0c03f5891e399931c6e4c3b9099c06888641
/usr/share/zoneinfo/right/America/Grenada f 0644 0:0 size=698 nlink=1 sha256=0370040ec5b8bb97c1626e909abf72036c6e872190ed7fd088878211de95280e
/usr/share/zoneinfo/right/America/Guadeloupe f 0644 0:0 size=698 nlink=1 sha256=a93f4748a726d6ed540727468ac86c15a7b62bc3f5304a0362ebc790ef9aaeff
/usr/share/zoneinfo/right/America/Guatemala f 0644 0:0 size=830 nlink=1 sha256=2b32015c3fb451905730bfea842d73ae3e406ac4ebaf2fe628aab888af5deff6
/usr/share/zoneinfo/right/America/Guayaquil f 0644 0:0 size=780 nlink=1 sha256=bf2d5212cbf14cd9a79e13a01e5237c96490a75fae88f7b7c86d9ee0a8e5879b
/usr/share/zoneinfo/right/America/Guyana f 0644 0:0 size=796 nlink=1 sha256=4be690fdabae5cc11a0d0c93795eab52d6824c88b27b9177f5f06013ba88b72c
/usr/share/zoneinfo/right/America/Halifax f 0644 0:0 size=3648 nlink=1 sha256=4f30a37c533dd06bbac8d19cfcba887356d51e3ef967c5ec8ba9fc893b9e9a9b
/usr/share/zoneinfo/right/America/Havana f 0644 0:0 size=2636 nlink=1 sha256=85d351c413b7c268700068e4db8d684a4bccfc8a3aae1a35b7ad9ded5279bead
/usr/share/zoneinfo/right/America/Hermosillo f 0644 0:0 size=938 nlink=1 sha256=842452e446db5a72840e3f03040954adf92efff8813fd4a84018183b2fbae2b2
/usr/share/zoneinfo/right/America/Indiana d 0755 0:0
/usr/share/zoneinfo/right/America/Indiana/Indianapolis f 0644 0:0 size=1906 nlink=1 sha256=b87245f9dc01e130ed8823577c2d1ce075d04a2bf4ace0225945a4f32fec0b99
/usr/share/zoneinfo/right/America/Indiana/Knox f 0644 0:0 size=2668 nlink=1 sha256=9117edf6bf14fd1433241c81cecf429e9f32f5ce97761c965437978c2ae12dea
/usr/share/zoneinfo/right/America/Indiana/Marengo f 0644 0:0 size=1962 nlink=1 sha256=4214ba983cc8a3990b0ffdfd3b12cc09e133445fc0ad9758b2d537f4fd2b494c
/usr/share/zoneinfo/right/America/Indiana/Petersburg f 0644 0:0 size=2144 nlink=1 sha256=34297d3df8fb1d74392742845835db79ace06d0394244bccb5e2e8d714266bff
/usr/share/zoneinfo/right/America/Indiana/Tell_City f 0644 0:0 size=1924 nlink=1 sha256=1aa03848ea8886f0aa45af4f9a94cec28314013ce1c360af3d1dc5fc364b680a
/usr/share/zoneinfo/right/America/Indiana/Vevay f 0644 0:0 size=1654 nlink=1 sha256=08117a5f8f329a4db226c5697363bb78b0911d86b9db866cf8e8eaa7e1c168ef
/usr/share/zoneinfo/right/America/Indiana/Vincennes f 0644 0:0 size=1934 nlink=1 sha256=8f137fd4da5728d6ea2afc5a8a60d5f0744b265a609338ec8aec8e50a31c282c
/usr/share/zoneinfo/right/America/Indiana/Winamac f 0644 0:0 size=2018 nlink=1 sha256=d600578c4dbd8cac47041097ab604514d2cc51191648d40645242e42ce48790d
/usr/share/zoneinfo/right/America/Indianapolis l 0777 0:0 -> Indiana/Indianapolis
/usr/share/zoneinfo/right/America/Inuvik f 0644 0:0 size=2298 nlink=1 sha256=63f0f10f181c373b33269e13b196295bc5a59e793368f9e4e7ca177b4d714e3f
/usr/share/zoneinfo/right/America/Iqaluit f 0644 0:0 size=2426 nlink=1 sha256=35447e8f1a1df95757f16faa3c94b34fe332e789804a04effdd97a6fb2343af2
/usr/share/zoneinfo/right/America/Jamaica f 0644 0:0 size=1032 nlink=1 sha256=40e944eb09036894fd7b4ef695b49ecc99710181c6222aa07dd24af1268ed1a2
/usr/share/zoneinfo/right/America/Jujuy l 0777 0:0 -> Argentina/Jujuy
/usr/share/zoneinfo/right/America/Juneau f 0644 0:0 size=2575 nlink=1 sha256=691551272bf0e6ff7da0299bbfeb94cbd809fd63bfbe34e0d865e6cf311736f3
/usr/share/zoneinfo/right/America/Kentucky d 0755 0:0
/usr/share/zoneinfo/right/America/Kentucky/Louisville f 0644 0:0 size=3012 nlink=1 sha256=df714d38500a92053aa30b9ae573083514aba4c5d487ed4e886ae4e589b6c21d
/usr/share/zoneinfo/right/America/Kentucky/Monticello f 0644 0:0 size=2592 nlink=1 sha256=d5468603bc2b5080cc74a71d1b93d92f8b6497c054937bebaf6bbaa7345cc95a
/usr/share/zoneinfo/right/America/Knox_IN l 0777 0:0 -> Indiana/Knox
/usr/share/zoneinfo/right/America/Kralendijk l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/right/America/La_Paz f 0644 0:0 size=766 nlink=1 sha256=23de987983ffbbe7a3cb055b5eea51ca8eb7cae34e63372bef749b7c368084c0
/usr/share/zoneinfo/right/America/Lima f 0644 0:0 size=940 nlink=1 sha256=60fd4931051a50ee88f7e8b4c58b9f4d3c33f55c234aed1c1c69442a767abfe5
/usr/share/zoneinfo/right/America/Los_Angeles f 0644 0:0 size=3076 nlink=1 sha256=6fe8350436976cee891c017ab941dd8ad559fff9fe712690cfad5a890deb0478
/usr/share/zoneinfo/right/America/Louisville l 0777 0:0 -> Kentucky/Louisville
/usr/share/zoneinfo/right/America/Lower_Princes l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/right/America/Maceio f 0644 0:0 size=1278 nlink=1 sha256=e386386c056d2a7a8afb0877d955b5c036b09adc899ab9995c23da83cd62105b
/usr/share/zoneinfo/right/America/Managua f 0644 0:0 size=980 nlink=1 sha256=cc13ca8bf1bfd87a8a36f68b16bcfbcbd17eb67fbaa8b8b463bc134fbd45241f
/usr/share/zoneinfo/right/America/Manaus f 0644 0:0 size=1138 nlink=1 sha256=7295db39e12ac304a07c23132a77d6b55a07816e52ebfcd98863d6b43a583b74
/usr/share/zoneinfo/right/America/Marigot l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/right/America/Martinique f 0644 0:0 size=782 nlink=1 sha256=2ce915e41ddb561ba62f6f6b2b315ba2642639840b312e6873624195a28a71c5
/usr/share/zoneinfo/right/America/Matamoros f 0644 0:0 size=1642 nlink=1 sha256=44304bcb54d8f76c8184f11f34c81693aaf5e4fa4219839e53e5cb282641e129
/usr/share/zoneinfo/right/America/Mazatlan f 0644 0:0 size=1610 nlink=1 sha256=82fa72fcf5cd409ce96556df3a5cc72ac3e652decbefd4d07c1572113bab9ab3
/usr/share/zoneinfo/right/America/Mendoza l 0777 0:0 -> Argentina/Mendoza
/usr/share/zoneinfo/right/America/Menominee f 0644 0:0 size=2498 nlink=1 sha256=323b1b8e4b2fda5c887b31dca524193d6534b23c637574dc1ba0b3c38777cedb
/usr/share/zoneinfo/right/America/Merida f 0644 0:0 size=1554 nlink=1 sha256=9c79400d67bc42999521fed7c51e791ec1f32f8ab224909cf18c32a4078c7c61
/usr/share/zoneinfo/right/America/Metlakatla f 0644 0:0 size=1645 nlink=1 sha256=1242628f3a77f74a6b28fd363eee268dae86937de998e777001f984e038a7dfe
/usr/share/zoneinfo/right/America/Mexico_City f 0644 0:0 size=1772 nlink=1 sha256=14c0e21e2242c6b4e186a2d08488f2d0a4c708f36fb1bcb4ab718638fa6f6e3b
/usr/share/zoneinfo/right/America/Miquelon f 0644 0:0 size=1872 nlink=1 sha256=138272c217744cb90e17871d49475ac12fcfed4bae3d2fcdaa0f6e00efee6cc3
/usr/share/zoneinfo/right/America/Moncton f 0644 0:0 size=3378 nlink=1 sha256=e4650bcd97321fad4f0a7499ab64d2df206f48869b7c0e126d28fb9a7aa3ca27
/usr/share/zoneinfo/right/America/Monterrey f 0644 0:0 size=1664 nlink=1 sha256=665ddc17415d96b22922b8df516ca7294a3a005422822efe31fdc13e54a744e4
/usr/share/zoneinfo/right/America/Montevideo f 0644 0:0 size=2044 nlink=1 sha256=be529b06f4d105b3d1ccaf8128e8f1458b603db23bbca91479bf6175cbeec67c
/usr/share/zoneinfo/right/America/Montreal l 0777 0:0 -> Toronto
/usr/share/zoneinfo/right/America/Montserrat f 0644 0:0 size=698 nlink=1 sha256=5e0aee7f6461432693fc081d8d789232f9af579563c0813fc6f391925ab23029
/usr/share/zoneinfo/right/America/Nassau f 0644 0:0 size=2612 nlink=1 sha256=3fa5f7bdf0a35e8ee03e1e51cd9d7fe0afbf7cb7c9f3a6af3ebeb1d211d156c8
/usr/share/zoneinfo/right/America/New_York f 0644 0:0 size=3776 nlink=1 sha256=0010366c979b0e2d227766e39a1f38b8d3be571ad3d78b158b55a3e83c1a9d99
/usr/share/zoneinfo/right/America/Nipigon l 0777 0:0 -> Toronto
/usr/share/zoneinfo/right/America/Nome f 0644 0:0 size=2589 nlink=1 sha256=662dbd2215b97ef527c1a6b3b30eb8c9d7ebd4c02e4b72ef4d01f1a0b3ce4839
/usr/share/zoneinfo/right/America/Noronha f 0644 0:0 size=1250 nlink=1 sha256=5e6b15a3d3003698759c83e9477fc53b65ea84b5986410fdbc344b35b6e9bd95
/usr/share/zoneinfo/right/America/North_Dakota d 0755 0:0
/usr/share/zoneinfo/right/America/North_Dakota/Beulah f 0644 0:0 size=2620 nlink=1 sha256=d1667c6bb04d4239c92448ab32911d44fd7df6a217b5b1f4d033513878bff674
/usr/share/zoneinfo/right/America/North_Dakota/Center f 0644 0:0 size=2620 nlink=1 sha256=1283d66633f86a9d1eb458133cb83f58faede3513473116f48e777db46839714
/usr/share/zoneinfo/right/America/North_Dakota/New_Salem f 0644 0:0 size=2620 nlink=1 sha256=2df6692f73381c1c13e19eba2d64670c99247459c7b4d739f20dc28be9d79ef0
/usr/share/zoneinfo/right/America/Nuuk f 0644 0:0 size=2104 nlink=1 sha256=dd719e905dda2a416d47963290be4fcd0e369eeb2585999647db641ab67d3e62
/usr/share/zoneinfo/right/America/Ojinaga f 0644 0:0 size=1748 nlink=1 sha256=16808f5cc082aa9263ff4f3f69f8ace39bfc4b701ca153eb32c8f2e1ce564203
/usr/share/zoneinfo/right/America/Panama f 0644 0:0 size=732 nlink=1 sha256=d131f5bb8369934ca9044bedff836349491d949c6e4d8a7a4661b37f2dd5ac30
/usr/share/zoneinfo/right/America/Pangnirtung l 0777 0:0 -> Iqaluit
/usr/share/zoneinfo/right/America/Paramaribo f 0644 0:0 size=796 nlink=1 sha256=12b08b700234d8f42b85d9d0c06e85fbeb62051119f989e578d6e62d11caacef
/usr/share/zoneinfo/right/America/Phoenix f 0644 0:0 size=910 nlink=1 sha256=7c128cd4cb8c2490353e754860345e81802e3c2e59e3d8b399e9b0e6ac23d11f
/usr/share/zoneinfo/right/America/Port-au-Prince f 0644 0:0 size=1658 nlink=1 sha256=123a449d061dc6c6c043a55832dbe2f61c3251751244ba3c0b33dc3c3812e0c5
/usr/share/zoneinfo/right/America/Port_of_Spain f 0644 0:0 size=698 nlink=1 sha256=b4fa59e5105fcc786c5c95292da5520f078649d731ea1379e6cad8b45287c76c
/usr/share/zoneinfo/right/America/Porto_Acre l 0777 0:0 -> Rio_Branco
/usr/share/zoneinfo/right/America/Porto_Velho f 0644 0:0 size=1110 nlink=1 sha256=537e46cd55ea71f04c8cdbe739bde0e06bba9327a3a18ae197a742edbe23c336
/usr/share/zoneinfo/right/America/Puerto_Rico f 0644 0:0 size=796 nlink=1 sha256=774fb5ba6ff1be1e146d2c15734220e1aed51501675d2922a9c81c610f13c8fc
/usr/share/zoneinfo/right/America/Punta_Arenas f 0644 0:0 size=2450 nlink=1 sha256=79af2df6f7ff8e6f76b2401277df1107bc11bc7422e7f3cb930beac256c39517
/usr/share/zoneinfo/right/America/Rainy_River l 0777 0:0 -> Winnipeg
/usr/share/zoneinfo/right/America/Rankin_Inlet f 0644 0:0 size=2290 nlink=1 sha256=53e3fc70e01a7c6bcc349d703eb3b141e7a528b2e886508b8e566ad1f311a265
/usr/share/zoneinfo/right/America/Recife f 0644 0:0 size=1250 nlink=1 sha256=457c0ac3b08ef8c4750d09fa1ea94bbdb50b75667e4f68e07f62776888f2d46e
/usr/share/zoneinfo/right/America/Regina f 0644 0:0 size=1530 nlink=1 sha256=fc0bf41a6ef190e7154d39992be7202a1fe271b61609d38c6e22a0649389355a
/usr/share/zoneinfo/right/America/Resolute f 0644 0:0 size=2290 nlink=1 sha256=a7ed0467310d8fcd01824ed4b2439f4d85ffe03cd926cbb8c545b57aa33fc9db
/usr/share/zoneinfo/right/America/Rio_Branco f 0644 0:0 size=1162 nlink=1 sha256=4267485c781bc23c30d7ce90f5d7f466b01661a12ed4e153644bf1d29991ead2
/usr/share/zoneinfo/right/America/Rosario l 0777 0:0 -> Argentina/Cordoba
/usr/share/zoneinfo/right/America/Santa_Isabel l 0777 0:0 -> Tijuana
/usr/share/zoneinfo/right/America/Santarem f 0644 0:0 size=1136 nlink=1 sha256=46fcd86a462ffe23e33f71cb9a9a07b32d501761b00957a0e4734cfc92b35b02
/usr/share/zoneinfo/right/America/Santiago f 0644 0:0 size=2730 nlink=1 sha256=3b9a559fc6dfbc27fedbb23b0aee8a733595af446be22c78d5c242048579b6bb
/usr/share/zoneinfo/right/America/Santo_Domingo f 0644 0:0 size=1008 nlink=1 sha256=fd85dce920853e13046f497e30c34525e6cde11c965522cbfeb2575864e5092c
/usr/share/zoneinfo/right/America/Sao_Paulo f 0644 0:0 size=1978 nlink=1 sha256=379348571d3a44e87e87bdd57ad929c1aa4bf5ad69ff9cc4aa90009b8625d852
/usr/share/zoneinfo/right/America/Scoresbysund f 0644 0:0 size=2150 nlink=1 sha256=cea94505f7110f97737d48c012c13a79e95bc02e5cdc2db0c1cb680665c425b4
/usr/share/zoneinfo/right/America/Shiprock l 0777 0:0 -> Denver
/usr/share/zoneinfo/right/America/Sitka f 0644 0:0 size=2551 nlink=1 sha256=d7de6bbdc138d44125895bfddc974e4f41c9a368398c8a90db2b790bb0d3312d
/usr/share/zoneinfo/right/America/St_Barthelemy l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/right/America/St_Johns f 0644 0:0 size=3876 nlink=1 sha256=d6e98e27f8606126e7935101df5dc353944c7a8b9844ea1bf813f396044671f1
/usr/share/zoneinfo/right/America/St_Kitts f 0644 0:0 size=698 nlink=1 sha256=69b52217d59ba16e1400f9eb182a7b42ab03a04d667eea4ad9ad8c19cd86183d
/usr/share/zoneinfo/right/America/St_Lucia f 0644 0:0 size=732 nlink=1 sha256=5528f3a046f6514af72b88e03185bbf447eddfae0e05a8e2493902869fe9a68f
/usr/share/zoneinfo/right/America/St_Thomas f 0644 0:0 size=698 nlink=1 sha256=a90b7e55ff7044d81c0e327eb061d5b2d07b0258435774f893ccdc6cd3ff1c7c
/usr/share/zoneinfo/right/America/St_Vincent f 0644 0:0 size=732 nlink=1 sha256=f1645007674cf79e29181db864963d3f9a02e28b5fbccf8396e3a6b2f9bef920
/usr/share/zoneinfo/right/America/Swift_Current f 0644 0:0 size=1110 nlink=1 sha256=faf8ce091c6c1c2a7131f19147e4e4da133db035aa725c1f013d8a402e1905f5
/usr/share/zoneinfo/right/America/Tegucigalpa f 0644 0:0 size=802 nlink=1 sha256=d910cbb78f70afc1b4ab7c382892b8ada3e6bfd74e4ad72fa7c48bf14c7d76c3
/usr/share/zoneinfo/right/America/Thule f 0644 0:0 size=1726 nlink=1 sha256=e0553938f153b076b9b21b02a4b244f96382ab90e1dda62507eab12d4c94b1b7
/usr/share/zoneinfo/right/America/Thunder_Bay l 0777 0:0 -> Toronto
/usr/share/zoneinfo/right/America/Tijuana f 0644 0:0 size=3130 nlink=1 sha256=71fe4400b38b58ee89bc4455f932a29e229b548a8bf5487753ea5397cb1127fe
/usr/share/zoneinfo/right/America/Toronto f 0644 0:0 size=3718 nlink=1 sha256=08889a8e94ef710f851498db3bbf433659a9aefbc25729b11c757740cab66f19
/usr/share/zoneinfo/right/America/Tortola f 0644 0:0 size=698 nlink=1 sha256=20a7cb53c493ce3660d76d0048a7deb2b4e322b4e64e8d2a943864ec7233bc57
/usr/share/zoneinfo/right/America/Vancouver f 0644 0:0 size=3140 nlink=1 sha256=76fb421cfe18c1b567bec3f9ee0a921e549bd56f9ea6a358897bad60ef33cf66
/usr/share/zoneinfo/right/America/Virgin l 0777 0:0 -> Puerto_Rico
/usr/share/zoneinfo/right/America/Whitehorse f 0644 0:0 size=2164 nlink=1 sha256=316e386a0c0e24e6b45d4b5643b5c885ca7cf6f972d4413fcc8cbfbc349dd658
/usr/share/zoneinfo/right/America/Winnipeg f 0644 0:0 size=3092 nlink=1 sha256=d456bf9703d050f80c3754b61ed27fa1ec43a2e64da77358087f470d6af7ba64
/usr/share/zoneinfo/right/America/Yakutat f 0644 0:0 size=2527 nlink=1 sha256=6c897f9a2eb4a40f4ec558d1257e6a77bb5ef5f975033f1b2e717c25f49ca157
/usr/share/zoneinfo/right/America/Yellowknife l 0777 0:0 -> Edmonton
/usr/share/zoneinfo/right/Antarctica d 0755 0:0
/usr/share/zoneinfo/right/Antarctica/Casey f 0644 0:0 size=970 nlink=1 sha256=ba41c8d8dd8c88798c0d668310c19c8f1a3f5ec42f43ea6121d38d5a73d6b755
/usr/share/zoneinfo/right/Antarctica/Davis f 0644 0:0 size=830 nlink=1 sha256=c5bb8f9fe78a448c9cdd3b7fe1dff0d4a6e14e2bff3f70f3e369ca8287267d79
/usr/share/zoneinfo/right/Antarctica/DumontDUrville f 0644 0:0 size=726 nlink=1 sha256=71fd35600c70161ca0388addc469796e3a55ba2db6131d2991fae86401081dfa
/usr/share/zoneinfo/right/Antarctica/Macquarie f 0644 0:0 size=2478 nlink=1 sha256=4eff4cd24b88621870baaa0e4742d951dc2abb8e152a27dfe8d3869fa4b86545
/usr/share/zoneinfo/right/Antarctica/Mawson f 0644 0:0 size=732 nlink=1 sha256=865399148375a80f938b39120a1bb621ef24465cdf58ff39c4574435966b3d48
/usr/share/zoneinfo/right/Antarctica/McMurdo f 0644 0:0 size=2212 nlink=1 sha256=0c8b72466e7aff2b16c70c3ccfb3157799a5035b4f5135322c6e5b516bbbcbc5
/usr/share/zoneinfo/right/Antarctica/Palmer f 0644 0:0 size=1952 nlink=1 sha256=6aa348987f150aba490dd24843c4f1fcfd4cce2693dbb7192d8b1727f4c60417
/usr/share/zoneinfo/right/Antarctica/Rothera f 0644 0:0 size=698 nlink=1 sha256=ca99369daffd68d8d599176ccf42c3dfe5b0b96ddde8a831e27cbc28a4aa515e
/usr/share/zoneinfo/right/Antarctica/South_Pole l 0777 0:0 -> ../Pacific/Auckland
/usr/share/zoneinfo/right/Antarctica/Syowa f 0644 0:0 size=698 nlink=1 sha256=2eecd5cf2b6aeb1dff8b14a996553381b5ad15c844a917fb0735946716a856fc
/usr/share/zoneinfo/right/Antarctica/Troll f 0644 0:0 size=1362 nlink=1 sha256=43f9d3c80f48294d701fb88468cb775a6de25c9496f5a9b9e82fb24ed6a3420a
/usr/share/zoneinfo/right/Antarctica/Vostok f 0644 0:0 size=760 nlink=1 sha256=f03196fe6d5827ab66aeb0b7658f41978318536fa15cd3dd4da115a167f38419
/usr/share/zoneinfo/right/Arctic d 0755 0:0
/usr/share/zoneinfo/right/Arctic/Longyearbyen l 0777 0:0 -> ../Europe/Berlin
/usr/share/zoneinfo/right/Asia d 0755 0:0
/usr/share/zoneinfo/right/Asia/Aden f 0644 0:0 size=698 nlink=1 sha256=a82f0b2f61cb9e02bb4f582159307de7d029e3c0af5643c282e1625c3b302792
/usr/share/zoneinfo/right/Asia/Almaty f 0644 0:0 size=1530 nlink=1 sha256=8682a3730a79595fba3ee4ebaab558282769f638d5c89d7796218aa79e41295c
/usr/share/zoneinfo/right/Asia/Amman f 0644 0:0 size=1980 nlink=1 sha256=91c5b38b82956c820359b6271d3f563cc9b2bf4ab4f28c9d395bc50db0fff6ab
/usr/share/zoneinfo/right/Asia/Anadyr f 0644 0:0 size=1720 nlink=1 sha256=65c7ecfe7a0f2ee91631f56d68777c9caae320a6edfa2921f8aa16a178e0b5c8
/usr/share/zoneinfo/right/Asia/Aqtau f 0644 0:0 size=1516 nlink=1 sha256=3760b23af8f54466ef85e66f96363533f0599a792b3b1a9a0cf965423c2d6859
/usr/share/zoneinfo/right/Asia/Aqtobe f 0644 0:0 size=1544 nlink=1 sha256=38f071aaa355da0785db3fb7b0174da2361cd53af0ef048171cea12b08dcd025
/usr/share/zoneinfo/right/Asia/Ashgabat f 0644 0:0 size=1152 nlink=1 sha256=59866f68db830fddaf42a9ba7ac92aadce870313bacbda47a07ad8386ec1feca
/usr/share/zoneinfo/right/Asia/Ashkhabad l 0777 0:0 -> Ashgabat
/usr/share/zoneinfo/right/Asia/Atyrau f 0644 0:0 size=1524 nlink=1 sha256=bf68329aab94ad03c261ccb3271fc2534396ae4dba08bafa676c4783a66303d0
/usr/share/zoneinfo/right/Asia/Baghdad f 0644 0:0 size=1516 nlink=1 sha256=8d457e2a9e428ee244f31ac5d1623dcf1a396bee41a39441111401391db1e416
/usr/share/zoneinfo/right/Asia/Bahrain f 0644 0:0 size=770 nlink=1 sha256=898211517c05ba02d205c892a7eab2353bddf4907f99dba6c8be2f6f9e57159b
/usr/share/zoneinfo/right/Asia/Baku f 0644 0:0 size=1760 nlink=1 sha256=d75be2bb7ee24d0047bc1be1fa4281f7c8f156e14bfc0af0e3d4db82e917d84d
/usr/share/zoneinfo/right/Asia/Bangkok f 0644 0:0 size=732 nlink=1 sha256=b57d5c60574928ef287cf133e1179a9f4467bf91704c899511c2ccca207c60e7
/usr/share/zoneinfo/right/Asia/Barnaul f 0644 0:0 size=1754 nlink=1 sha256=7a39b2d186b26b3f8c0e17c9e5ddfddd556f013864d94de230dec435d82ac445
/usr/share/zoneinfo/right/Asia/Beirut f 0644 0:0 size=2372 nlink=1 sha256=b4b380db3ea5b4208169b4f0a7b75c28b558667769947f5f41dcc898ecdff987
/usr/share/zoneinfo/right/Asia/Bishkek f 0644 0:0 size=1516 nlink=1 sha256=4a16a99375ced9a75fc37ca4392098883bc7274cae8c01f6679a4e3a080c09b7
/usr/share/zoneinfo/right/Asia/Brunei f 0644 0:0 size=736 nlink=1 sha256=bb090cd8eb2ccd87b8add93fffb2ad9105c2d3af8649fba9a04374ef30cf21ff
/usr/share/zoneinfo/right/Asia/Calcutta l 0777 0:0 -> Kolkata
/usr/share/zoneinfo/right/Asia/Chita f 0644 0:0 size=1754 nlink=1 sha256=958dfa86bb4cf4dd1d370599e7e82c72307b7a53fc9bb927c4906e2caf445d6b
/usr/share/zoneinfo/right/Asia/Choibalsan l 0777 0:0 -> Ulaanbaatar
/usr/share/zoneinfo/right/Asia/Chongqing l 0777 0:0 -> Shanghai
/usr/share/zoneinfo/right/Asia/Chungking l 0777 0:0 -> Shanghai
/usr/share/zoneinfo/right/Asia/Colombo f 0644 0:0 size=900 nlink=1 sha256=f46a753932e3086c0884ecfe4392ce3d351bed03a151f10a128f37e25c26a245
/usr/share/zoneinfo/right/Asia/Dacca l 0777 0:0 -> Dhaka
/usr/share/zoneinfo/right/Asia/Damascus f 0644 0:0 size=2420 nlink=1 sha256=1bf68619a61aed946e37ace0984a3e2e7a2f011c0dcd0485a625ea5f0990073f
/usr/share/zoneinfo/right/Asia/Dhaka f 0644 0:0 size=870 nlink=1 sha256=8d677fad26164c4185a45ba661667c194e09dfbead8d9f5804b02c3731c006cc
/usr/share/zoneinfo/right/Asia/Dili f 0644 0:0 size=804 nlink=1 sha256=f9b8285342b8da3de174627cd2124c136934a76286ba1f42c89640749605aa46
/usr/share/zoneinfo/right/Asia/Dubai f 0644 0:0 size=698 nlink=1 sha256=1559fdddd3833aad953da87b2af573f2b03bbbfa79cb5b8f36042a9395fb8542
/usr/share/zoneinfo/right/Asia/Dushanbe f 0644 0:0 size=1124 nlink=1 sha256=58b122a168bd8bcb45cf0b72380de100d4bd6b468472a66587b02cbe9fe091ee
/usr/share/zoneinfo/right/Asia/Famagusta f 0644 0:0 size=2246 nlink=1 sha256=3c06a96b5bbc2d6d31552b0b2f7db9b031f9dd1fceacc2c3958fe4773318cb92
/usr/share/zoneinfo/right/Asia/Gaza f 0644 0:0 size=2638 nlink=1 sha256=5385eae342c6a556b586ef3184afb5f889960520b2ff959430475c4c1e186bd7
/usr/share/zoneinfo/right/Asia/Harbin l 0777 0:0 -> Shanghai
/usr/share/zoneinfo/right/Asia/Hebron f 0644 0:0 size=2666 nlink=1 sha256=2cb793b01ca31275f0a5e17e39d41b12aea81579dc9c174c1e4ba8007ba9871f
/usr/share/zoneinfo/right/Asia/Ho_Chi_Minh f 0644 0:0 size=884 nlink=1 sha256=c539f76e8b42ffbfc8e3ba2de745e49eaa14a45ce65a0a06c69d892b5ae6af5e
/usr/share/zoneinfo/right/Asia/Hong_Kong f 0644 0:0 size=1782 nlink=1 sha256=7b44361b3cd6b850bd4206cfb3d9f976b023fb2abbf085d150abe43a52dc8ce8
/usr/share/zoneinfo/right/Asia/Hovd f 0644 0:0 size=1424 nlink=1 sha256=1f5ba422e9dc319e07f92c3807228ba2112211ce1e11346eab4c56b5151db828
/usr/share/zoneinfo/right/Asia/Irkutsk f 0644 0:0 size=1776 nlink=1 sha256=69aabe7d752473a87d547d72c51122103b7fa26b06af9ca2a34e06d56b2616a7
/usr/share/zoneinfo/right/Asia/Istanbul l 0777 0:0 -> ../Europe/Istanbul
/usr/share/zoneinfo/right/Asia/Jakarta f 0644 0:0 size=932 nlink=1 sha256=cf448f77fcc90f71ad30c5c01ad8ff676e53ee939c3518497d37a4d78ff4f8e4
/usr/share/zoneinfo/right/Asia/Jayapura f 0644 0:0 size=770 nlink=1 sha256=74ca52e01196623d6576547a5044f1b2c4e6371ed0715c4bd2fb99993e7a2df3
/usr/share/zoneinfo/right/Asia/Jerusalem f 0644 0:0 size=2608 nlink=1 sha256=eef5d3eeb8ac587ed1e12f5e4a77d1970001896b5a4140028b5a593ee08c2a03
/usr/share/zoneinfo/right/Asia/Kabul f 0644 0:0 size=736 nlink=1 sha256=8aa3344beccfa1d72960c65417a67b5775c8445c1c5071821cf8eb20b30cbe6a
/usr/share/zoneinfo/right/Asia/Kamchatka f 0644 0:0 size=1698 nlink=1 sha256=2431dd3fd84e18dc2d7ed4479f176f48348e20bdd8cbad5adf64fbf7bc008e7c
/usr/share/zoneinfo/right/Asia/Karachi f 0644 0:0 size=928 nlink=1 sha256=8b110001a58d4b4f7225e355f5d3df0dcdf7b4e7b91f47ee9d23b1c0492c9d4c
/usr/share/zoneinfo/right/Asia/Kashgar l 0777 0:0 -> Urumqi
/usr/share/zoneinfo/right/Asia/Kathmandu f 0644 0:0 size=740 nlink=1 sha256=e7da19d77a999d54a821d8580f27141dc3329f293e2e9d53325836e96eb48285
/usr/share/zoneinfo/right/Asia/Katmandu l 0777 0:0 -> Kathmandu
/usr/share/zoneinfo/right/Asia/Khandyga f 0644 0:0 size=1804 nlink=1 sha256=b2d031ae4ba6095f59f37330c354b1983de0755ec2c7ad6856b821b82f488f70
/usr/share/zoneinfo/right/Asia/Kolkata f 0644 0:0 size=831 nlink=1 sha256=2632c0b9649ad788fb9dc209333108a379d975f018d5180927db8e97d5c984ed
/usr/share/zoneinfo/right/Asia/Krasnoyarsk f 0644 0:0 size=1740 nlink=1 sha256=0bff1dee9bdbb3ac98ef3f08521d70c9490d038d36ed6dff106a716663b944f3
/usr/share/zoneinfo/right/Asia/Kuala_Lumpur f 0644 0:0 size=948 nlink=1 sha256=9b8ee76583f0311c03cb5ebda3b362e18f935ebbefbd9d62f3036e7e39a5de49
/usr/share/zoneinfo/right/Asia/Kuching f 0644 0:0 size=1016 nlink=1 sha256=87d528c7e9dd42809b0f43c3a839643affad98833e0cb42aee4f176b85e0dda2
/usr/share/zoneinfo/right/Asia/Kuwait f 0644 0:0 size=698 nlink=1 sha256=c87839ffb06f112f6daeafa95e5583c6c1d3dc31e47a5dd3fbb6c67b082b7c1d
/usr/share/zoneinfo/right/Asia/Macao l 0777 0:0 -> Macau
/usr/share/zoneinfo/right/Asia/Macau f 0644 0:0 size=1776 nlink=1 sha256=fb61f78031ada971cff25cc0ea4bca71e3ff9291adc2bd4a943cfccd50abc664
/usr/share/zoneinfo/right/Asia/Magadan f 0644 0:0 size=1754 nlink=1 sha256=74fcdceabb8ec90ddefd0426f034e5fac34423e2597abe2e4bdfcac9c7b90e99
/usr/share/zoneinfo/right/Asia/Makassar f 0644 0:0 size=802 nlink=1 sha256=a65245345d7c455d6b301f46c56c736f543204cb748ac42cfc58163f833e2e27
/usr/share/zoneinfo/right/Asia/Manila f 0644 0:0 size=971 nlink=1 sha256=9b0f246bbe53790a6bb75550f359a2e151c84ebd3ca5b76130a23f8b5e8adb78
/usr/share/zoneinfo/right/Asia/Muscat f 0644 0:0 size=698 nlink=1 sha256=09c03a81e1488caac1a00991ad1fb00e16543eebbc536069ef44d10094bac867
/usr/share/zoneinfo/right/Asia/Nicosia f 0644 0:0 size=2220 nlink=1 sha256=3b0b0a18d7298634754d24a9f656b2db69771e466d5e49a63917c774cfdfdb9a
/usr/share/zoneinfo/right/Asia/Novokuznetsk f 0644 0:0 size=1698 nlink=1 sha256=37e474c4581f6d5de48c39093709df6f776d13a4dfdc37e56cec7926755109c5
/usr/share/zoneinfo/right/Asia/Novosibirsk f 0644 0:0 size=1754 nlink=1 sha256=ef3c5cc6e9482f0bdfaf57c4ca33a383e919ea1d8504833be0fccd7349c9642c
/usr/share/zoneinfo/right/Asia/Omsk f 0644 0:0 size=1740 nlink=1 sha256=c93c08c0ffe3f62944d4f8a720ef5adf2358d535c6109f443ede6a7b0482a9a7
/usr/share/zoneinfo/right/Asia/Oral f 0644 0:0 size=1538 nlink=1 sha256=b4bdf067b12f6e699ef3b0f68f545bbefbe34e66b9b5026224b1d60a9c7b3b96
/usr/share/zoneinfo/right/Asia/Phnom_Penh f 0644 0:0 size=828 nlink=1 sha256=4a3d81197cbc98749ce5b420cc3e51ad023b35eaeb95062b5ca92930a080f05e
/usr/share/zoneinfo/right/Asia/Pontianak f 0644 0:0 size=902 nlink=1 sha256=e102e62a2557a6cbf15d0ad13a64a12b125fb866e3f6c68922a059d5d61edd71
/usr/share/zoneinfo/right/Asia/Pyongyang f 0644 0:0 size=786 nlink=1 sha256=b3a5e734e05c7f10a1579323b74b83a60b673a42f17abe7e2b0967f123142894
/usr/share/zoneinfo/right/Asia/Qatar f 0644 0:0 size=732 nlink=1 sha256=5c1b040a7c4fa457f7c2808418a2817c3aacea40f93e97f9ea802277259317aa
/usr/share/zoneinfo/right/Asia/Qostanay f 0644 0:0 size=1572 nlink=1 sha256=4d405604eb16161f15611b59dc37fe87de22412d6f0b6cd54a09217e40eab01b
/usr/share/zoneinfo/right/Asia/Qyzylorda f 0644 0:0 size=1558 nlink=1 sha256=ef7b1aca682b50458840420c4315c11007fa458070e14a445eaf4e662813349c
/usr/share/zoneinfo/right/Asia/Rangoon l 0777 0:0 -> Yangon
/usr/share/zoneinfo/right/Asia/Riyadh f 0644 0:0 size=698 nlink=1 sha256=5004ef8a84260a727126dfbc2c3187b9b2bfbab6e0d9175411d9b28b8e4798b8
/usr/share/zoneinfo/right/Asia/Saigon l 0777 0:0 -> Ho_Chi_Minh
/usr/share/zoneinfo/right/Asia/Sakhalin f 0644 0:0 size=1734 nlink=1 sha256=39222ef5bde6b4fda2352f09f8d144bb3f5d1e28e77cb394a18891f95e57bcb9
/usr/share/zoneinfo/right/Asia/Samarkand f 0644 0:0 size=1110 nlink=1 sha256=6b2e187a22dcccf3c0256bdbd42e47aa4c1fb2ddbc32b597b964ce988bae576a
/usr/share/zoneinfo/right/Asia/Seoul f 0644 0:0 size=1166 nlink=1 sha256=439383e82441ee194d2bb378242dd963585851639f8973be6aa2c248c37e5daa
/usr/share/zoneinfo/right/Asia/Shanghai f 0644 0:0 size=1110 nlink=1 sha256=441b3f545b92f5404c5fee0cf480700d1003cb96fe339de9a77ecc9e57e36660
/usr/share/zoneinfo/right/Asia/Singapore f 0644 0:0 size=948 nlink=1 sha256=e70f10f441642bca6d716e572cddc23a9fd6ef63613425c0e862bbb76ecf3450
/usr/share/zoneinfo/right/Asia/Srednekolymsk f 0644 0:0 size=1740 nlink=1 sha256=7cb3283a2bd3c0a993118d0d196036be7f6a5bdae7b5eb75642f2a078c440c16
/usr/share/zoneinfo/right/Asia/Taipei f 0644 0:0 size=1310 nlink=1 sha256=1bf4b96ec2c8ea8a64ba55925852f044cba606e7af3f2173945b618e44a4a40b
/usr/share/zoneinfo/right/Asia/Tashkent f 0644 0:0 size=1124 nlink=1 sha256=25f0d9f23306b2cc9e870f358ade8ae5eaf7e8ae3456bb818d6d7caba05e29c3
/usr/share/zoneinfo/right/Asia/Tbilisi f 0644 0:0 size=1568 nlink=1 sha256=104f4579a14882ef160762f429db9bf8e437a9190c802554dd217da46c63458a
/usr/share/zoneinfo/right/Asia/Tehran f 0644 0:0 size=1790 nlink=1 sha256=a8f6a592a4d658cdeaaea851b0ebe04b8136634be4530bd6c5b3a076e8ee861d
/usr/share/zoneinfo/right/Asia/Tel_Aviv l 0777 0:0 -> Jerusalem
/usr/share/zoneinfo/right/Asia/Thimbu l 0777 0:0 -> Thimphu
/usr/share/zoneinfo/right/Asia/Thimphu f 0644 0:0 size=736 nlink=1 sha256=25148162505bb7de297e83c4daddf7f7d1883e6bbdfe8cfdb4c6cde0245aa462
/usr/share/zoneinfo/right/Asia/Tokyo f 0644 0:0 size=858 nlink=1 sha256=33616fa46e38fbeae9c755404aea1ca97a1019aad7767dcd978684faec194dfc
/usr/share/zoneinfo/right/Asia/Tomsk f 0644 0:0 size=1754 nlink=1 sha256=890748146bac8fe2fa436b4b61368544fe27253d46d69df2281f16bd5bae08c5
/usr/share/zoneinfo/right/Asia/Ujung_Pandang l 0777 0:0 -> Makassar
/usr/share/zoneinfo/right/Asia/Ulaanbaatar f 0644 0:0 size=1424 nlink=1 sha256=78d31e3eee3339e8ab9fe747f5857964cdf08f7d4d9c59355e26266ef29d5de0
/usr/share/zoneinfo/right/Asia/Ulan_Bator l 0777 0:0 -> Ulaanbaatar
/usr/share/zoneinfo/right/Asia/Urumqi f 0644 0:0 size=698 nlink=1 sha256=64c5469da35715e209cc1178402edfe4d5ba607ab55b4f090c71f14ee73bf854
/usr/share/zoneinfo/right/Asia/Ust-Nera f 0644 0:0 size=1784 nlink=1 sha256=0c7f270da348062e9e933e277ec8731546e5a1f6423454a2c697244827226b85
/usr/share/zoneinfo/right/Asia/Vientiane f 0644 0:0 size=856 nlink=1 sha256=359601c4c1ded301c71e9632120866f114deabece7593479c676e2c5c6c59936
/usr/share/zoneinfo/right/Asia/Vladivostok f 0644 0:0 size=1740 nlink=1 sha256=635fee78030d9548dadded675dadb3faf5ec75dd9a5d758a321ce8fe5714e2dc
/usr/share/zoneinfo/right/Asia/Yakutsk f 0644 0:0 size=1740 nlink=1 sha256=a358e835efc8d096d4fd963a289d25d0b60ce656bbc91169f45308ff3babfe17
/usr/share/zoneinfo/right/Asia/Yangon f 0644 0:0 size=796 nlink=1 sha256=e933888f0adb0f2838190b9796e6a05f8839758ba552795501dc04543d1ec539
/usr/share/zoneinfo/right/Asia/Yekaterinburg f 0644 0:0 size=1776 nlink=1 sha256=5500edc45ba343c47842bf68d0493f4fd6858230982ef55b3ce9188dc3335591
/usr/share/zoneinfo/right/Asia/Yerevan f 0644 0:0 size=1684 nlink=1 sha256=565e1ac7fa48bab01c85cd698d48f67371f0d44dde99b2fca7765580cf091c66
/usr/share/zoneinfo/right/Atlantic d 0755 0:0
/usr/share/zoneinfo/right/Atlantic/Azores f 0644 0:0 size=3658 nlink=1 sha256=39d43c21c2ca50cf3450542268d8446e0666f8c66b12ab2b1c20dc4c93297728
/usr/share/zoneinfo/right/Atlantic/Bermuda f 0644 0:0 size=2620 nlink=1 sha256=08d41c4164d4ecf1093c4d9f90b218f5cbc0fa6fada52256e5e1c16845fd4d80
/usr/share/zoneinfo/right/Atlantic/Canary f 0644 0:0 size=2118 nlink=1 sha256=d85d3171a28a57aa71e53500b921b5a34f4b635428316811aecf237a813a30d4
/usr/share/zoneinfo/right/Atlantic/Cape_Verde f 0644 0:0 size=804 nlink=1 sha256=28e586288410881b08d74c6b67b1ba6b03955e8fa9fd531576aa155769e613ac
/usr/share/zoneinfo/right/Atlantic/Faeroe l 0777 0:0 -> Faroe
/usr/share/zoneinfo/right/Atlantic/Faroe f 0644 0:0 size=2036 nlink=1 sha256=7e5194887adf7cbfe2cfc6c2f4015ef1ce7e651ec113660c56f2f4e2b586ebb1
/usr/share/zoneinfo/right/Atlantic/Jan_Mayen l 0777 0:0 -> ../Europe/Berlin
/usr/share/zoneinfo/right/Atlantic/Madeira f 0644 0:0 size=3598 nlink=1 sha256=c2567a4024f5ee8f53c9d8a742b0ec85d123b58fccce34215e67fb4ea303211f
/usr/share/zoneinfo/right/Atlantic/Reykjavik f 0644 0:0 size=1712 nlink=1 sha256=5dfc1b47c7544d9ccf50f054e960ec6d7a8d7947ce86b3df4310f1aba07986ef
/usr/share/zoneinfo/right/Atlantic/South_Georgia f 0644 0:0 size=698 nlink=1 sha256=5ffdc963ce8999b915ad8054948b5e81bf446344e5fb4126f8769716df70d402
/usr/share/zoneinfo/right/Atlantic/St_Helena f 0644 0:0 size=732 nlink=1 sha256=5d2e3136cb509a46e7ebb94823a6b001fabf8f9c77bcf84115edb18fa1a1fbc1
/usr/share/zoneinfo/right/Atlantic/Stanley f 0644 0:0 size=1748 nlink=1 sha256=0d1a6341cca10d808d8fd7d0745ac5fa23c9961058865327945720425e4a6bd6
/usr/share/zoneinfo/right/Australia d 0755 0:0
/usr/share/zoneinfo/right/Australia/ACT l 0777 0:0 -> Sydney
/usr/share/zoneinfo/right/Australia/Adelaide f 0644 0:0 size=2424 nlink=1 sha256=4c38049674224234143211ce6ebb6cfbfe043df60834fe11bddcd9604b73a80b
/usr/share/zoneinfo/right/Australia/Brisbane f 0644 0:0 size=966 nlink=1 sha256=410549b90e529fce581fabb2c49ad5735030e1c794bce2984838a480bd0c227b
/usr/share/zoneinfo/right/Australia/Broken_Hill f 0644 0:0 size=2445 nlink=1 sha256=c2bbb78809ab92fccf970d22aa49ecf25d2ddc538d842e337cef05d603717806
/usr/share/zoneinfo/right/Australia/Canberra l 0777 0:0 -> Sydney
/usr/share/zoneinfo/right/Australia/Currie l 0777 0:0 -> Hobart
/usr/share/zoneinfo/right/Australia/Darwin f 0644 0:0 size=870 nlink=1 sha256=2491cff7135afb5c397ab97372cd9357f04664ba7fc1d864ba31d91a164bf5d8
/usr/share/zoneinfo/right/Australia/Eucla f 0644 0:0 size=998 nlink=1 sha256=4acbd320a87862b226a257e81d6e599e4bf8b7cfd79266f03a431db48a93e997
/usr/share/zoneinfo/right/Australia/Hobart f 0644 0:0 size=2576 nlink=1 sha256=b90aa9c4183c85455eab75d15c909bffc921e9d28d81d93b0004f9d6ef01d8e1
/usr/share/zoneinfo/right/Australia/LHI l 0777 0:0 -> Lord_Howe
/usr/share/zoneinfo/right/Australia/Lindeman f 0644 0:0 size=1022 nlink=1 sha256=dc750f177850e31b3ef771d4c64f09ec7846457e88ed477e1f336d77e33d23cd
/usr/share/zoneinfo/right/Australia/Lord_Howe f 0644 0:0 size=2056 nlink=1 sha256=8a8961d5903e6809c79aa2fe37edad7272263a9b5f27a11f481f4caa10a907ba
/usr/share/zoneinfo/right/Australia/Melbourne f 0644 0:0 size=2408 nlink=1 sha256=f62992a67404df16df296c4bd0822fc44d2dcb788f7091c75818452dfdab5c6a
/usr/share/zoneinfo/right/Australia/NSW l 0777 0:0 -> Sydney
/usr/share/zoneinfo/right/Australia/North l 0777 0:0 -> Darwin
/usr/share/zoneinfo/right/Australia/Perth f 0644 0:0 size=994 nlink=1 sha256=6eeb0cc6d43cf681ccda79f7250fe4233e76ce385f4d620e76901fdaad49de03
/usr/share/zoneinfo/right/Australia/Queensland l 0777 0:0 -> Brisbane
/usr/share/zoneinfo/right/Australia/South l 0777 0:0 -> Adelaide
/usr/share/zoneinfo/right/Australia/Sydney f 0644 0:0 size=2408 nlink=1 sha256=47f6c9366cdb8223f98bbc18ce120fbcbf9e2147d4116ce07d67655cee550bc0
/usr/share/zoneinfo/right/Australia/Tasmania l 0777 0:0 -> Hobart
/usr/share/zoneinfo/right/Australia/Victoria l 0777 0:0 -> Melbourne
/usr/share/zoneinfo/right/Australia/West l 0777 0:0 -> Perth
/usr/share/zoneinfo/right/Australia/Yancowinna l 0777 0:0 -> Broken_Hill
/usr/share/zoneinfo/right/Brazil d 0755 0:0
/usr/share/zoneinfo/right/Brazil/Acre l 0777 0:0 -> ../America/Rio_Branco
/usr/share/zoneinfo/right/Brazil/DeNoronha l 0777 0:0 -> ../America/Noronha
/usr/share/zoneinfo/right/Brazil/East l 0777 0:0 -> ../America/Sao_Paulo
/usr/share/zoneinfo/right/Brazil/West l 0777 0:0 -> ../America/Manaus
/usr/share/zoneinfo/right/CET f 0644 0:0 size=2314 nlink=1 sha256=e090e6401a7d2771bc4952710d31435062cbb44e125b5da257aac1daf5395a3e
/usr/share/zoneinfo/right/CST6CDT f 0644 0:0 size=2534 nlink=1 sha256=b7103b3147fe89a324ae036f2fe6be60483818f0e7ecc018dbf298c09994f800
/usr/share/zoneinfo/right/Canada d 0755 0:0
/usr/share/zoneinfo/right/Canada/Atlantic l 0777 0:0 -> ../America/Halifax
/usr/share/zoneinfo/right/Canada/Central l 0777 0:0 -> ../America/Winnipeg
/usr/share/zoneinfo/right/Canada/Eastern l 0777 0:0 -> ../America/Toronto
/usr/share/zoneinfo/right/Canada/Mountain l 0777 0:0 -> ../America/Edmonton
/usr/share/zoneinfo/right/Canada/Newfoundland l 0777 0:0 -> ../America/St_Johns
/usr/share/zoneinfo/right/Canada/Pacific l 0777 0:0 -> ../America/Vancouver
/usr/share/zoneinfo/right/Canada/Saskatchewan l 0777 0:0 -> ../America/Regina
/usr/share/zoneinfo/right/Canada/Yukon l 0777 0:0 -> ../America/Whitehorse
/usr/share/zoneinfo/right/Chile d 0755 0:0
/usr/share/zoneinfo/right/Chile/Continental l 0777 0:0 -> ../America/Santiago
/usr/share/zoneinfo/right/Chile/EasterIsland l 0777 0:0 -> ../Pacific/Easter
/usr/share/zoneinfo/right/Cuba l 0777 0:0 -> America/Havana
/usr/share/zoneinfo/right/EET f 0644 0:0 size=2126 nlink=1 sha256=13b018572ab5379ea86b65b7eb94b2b24d234f7917f18481060623cb430d8b80
/usr/share/zoneinfo/right/EST f 0644 0:0 size=664 nlink=1 sha256=362dc2f74d249d4c250bc1a5849cf586e8e40c2f24253d9885d8c25559f379e5
/usr/share/zoneinfo/right/EST5EDT f 0644 0:0 size=2534 nlink=1 sha256=d9bac454efa4a38689a75fe4e37232f6b2982c300c916a7e2908cca3d55b3378
/usr/share/zoneinfo/right/Egypt l 0777 0:0 -> Africa/Cairo
/usr/share/zoneinfo/right/Eire l 0777 0:0 -> Europe/Dublin
/usr/share/zoneinfo/right/Etc d 0755 0:0
/usr/share/zoneinfo/right/Etc/GMT f 0644 0:0 size=664 nlink=1 sha256=4ff1ef3d802f96ed4291a869474a0c1ac7544aa96488889e4c081bc45d185fe9
/usr/share/zoneinfo/right/Etc/GMT+0 l 0777 0:0 -> GMT
/usr/share/zoneinfo/right/Etc/GMT+1 f 0644 0:0 size=664 nlink=1 sha256=7087819863cc6a945f8d3265416b91b92b03d193be2a8dee1095389a632837c3
/usr/share/zoneinfo/right/Etc/GMT+10 f 0644 0:0 size=664 nlink=1 sha256=d7ced0e95c1a8cd9af8166efc38ece891990d197963b617fc0201f0ad332265e
/usr/share/zoneinfo/right/Etc/GMT+11 f 0644 0:0 size=664 nlink=1 sha256=46f1259ae3bd0867fde713c290cec99689c132be2b48dbb552e87636f004f069
/usr/share/zoneinfo/right/Etc/GMT+12 f 0644 0:0 size=664 nlink=1 sha256=e3b6161b13930ca6d415ad7a6217e3a0dddf003b86836a5d7b9a2d47ba15efc7
/usr/share/zoneinfo/right/Etc/GMT+2 f 0644 0:0 size=664 nlink=1 sha256=9cf81f85cce94b23a25aa870543a47397b7159b4ca0852c6c98885fad2ef3bb7
/usr/share/zoneinfo/right/Etc/GMT+3 f 0644 0:0 size=664 nlink=1 sha256=c37f60e739cee48b31fb1c616fac6f5bb0275cc5b020caa846e04c768f5055e5
/usr/share/zoneinfo/right/Etc/GMT+4 f 0644 0:0 size=664 nlink=1 sha256=9fe344f7826bd0b38733d72e54c98630725e56a7cb55eebff1227b58fa9b33b6
/usr/share/zoneinfo/right/Etc/GMT+5 f 0644 0:0 size=664 nlink=1 sha256=12d526eeac7c48c76bee5864bb6b5d5f078411eede6252b565152d9f5ca175f9
/usr/share/zoneinfo/right/Etc/GMT+6 f 0644 0:0 size=664 nlink=1 sha256=3784f28dd0018c47bc9cc2b03755b2ef5db68262a17ccf211ed86765d18b36ee
/usr/share/zoneinfo/right/Etc/GMT+7 f 0644 0:0 size=664 nlink=1 sha256=dea47731b22e87cedf9a5398929bbcc1fada2e90c23e2b5226115838ab31a490
/usr/share/zoneinfo/right/Etc/GMT+8 f 0644 0:0 size=664 nlink=1 sha256=52bafbf2eaf1ccebe95cf313aa6ef805a0a42798a7fe868c8bb736c769de1f52
/usr/share/zoneinfo/right/Etc/GMT+9 f 0644 0:0 size=664 nlink=1 sha256=c5a462a6f8875f18b82f66a1bfd4535cd3cf8433bb8a9436cafd49297bcfa6f8
/usr/share/zoneinfo/right/Etc/GMT-0 l 0777 0:0 -> GMT
/usr/share/zoneinfo/right/Etc/GMT-1 f 0644 0:0 size=664 nlink=1 sha256=ab5fd7ac5d1c45cfdfe6f4502c955e6023c5550aa787018747d304f2d23864f0
/usr/share/zoneinfo/right/Etc/GMT-10 f 0644 0:0 size=664 nlink=1 sha256=b7833e5f625f33f4373073f1b8ac45f2c7a9105af39d82c3fbeb049d872b4fca
/usr/share/zoneinfo/right/Etc/GMT-11 f 0644 0:0 size=664 nlink=1 sha256=20ce2b05945a28e327a7d5aea28dc8e79fc3274962d024e61d1f4fcf2fa2955b
/usr/share/zoneinfo/right/Etc/GMT-12 f 0644 0:0 size=664 nlink=1 sha256=70b458070aa61878623a2301974bf13bf58cf3dab29360bf93ab2e31f60c23a5
/usr/share/zoneinfo/right/Etc/GMT-13 f 0644 0:0 size=664 nlink=1 sha256=c7b79a2aa19061abac4ffc40bc44543109046b31a8ef592dea865c39f11dc1ee
/usr/share/zoneinfo/right/Etc/GMT-14 f 0644 0:0 size=664 nlink=1 sha256=25b519651e14836a81f4646963315ba05bfb0ec386a7b8fd26d504ff51289a25
/usr/share/zoneinfo/right/Etc/GMT-2 f 0644 0:0 size=664 nlink=1 sha256=73e59360710ba937b8adb71b7ebfbdb8c4e55b12ba0352880b2b385b6fba77dc
/usr/share/zoneinfo/right/Etc/GMT-3 f 0644 0:0 size=664 nlink=1 sha256=08f80f985be6b372eb086a85c675d5a4f2e0ced9c7fbf469aae1a7bda672b58f
/usr/share/zoneinfo/right/Etc/GMT-4 f 0644 0:0 size=664 nlink=1 sha256=4394feab6d2531e51d861d0b1b5673749a00ea0e7bda8b215933d975c1b7f15a
/usr/share/zoneinfo/right/Etc/GMT-5 f 0644 0:0 size=664 nlink=1 sha256=b65f0fbaf131727f0cc11cc2e96d2a760f9377642cccc5a05e28e2faf057f196
/usr/share/zoneinfo/right/Etc/GMT-6 f 0644 0:0 size=664 nlink=1 sha256=4dcbd243475faa63c722b3650bd970aa9cf12ac6e0f3858e0fc06ab22476e618
/usr/share/zoneinfo/right/Etc/GMT-7 f 0644 0:0 size=664 nlink=1 sha256=f1d48a07b014474cf4bdc7e10fb169bfdb891754f02088f46b6657bc7a84b8ee
/usr/share/zoneinfo/right/Etc/GMT-8 f 0644 0:0 size=664 nlink=1 sha256=6598684a33be350193888e00e2d856aa4fa34b97df88062b3694b8b2f3db304f
/usr/share/zoneinfo/right/Etc/GMT-9 f 0644 0:0 size=664 nlink=1 sha256=ca6b54aa425ab7112d8cefde5456016a6621264f74e9358b9f4dd51049d285ed
/usr/share/zoneinfo/right/Etc/GMT0 l 0777 0:0 -> GMT
/usr/share/zoneinfo/right/Etc/Greenwich l 0777 0:0 -> GMT
/usr/share/zoneinfo/right/Etc/UCT l 0777 0:0 -> UTC
/usr/share/zoneinfo/right/Etc/UTC f 0644 0:0 size=664 nlink=1 sha256=1eeabecc073a46a82d571fb5ac378913f3a834c9fbcb1b6bc61f2b48d2d1c0f1
/usr/share/zoneinfo/right/Etc/Universal l 0777 0:0 -> UTC
/usr/share/zoneinfo/right/Etc/Zulu l 0777 0:0 -> UTC
/usr/share/zoneinfo/right/Europe d 0755 0:0
/usr/share/zoneinfo/right/Europe/Amsterdam f 0644 0:0 size=3130 nlink=1 sha256=ea6c25efb55e55616e8caace5bc31a28916bd9fbc6c93a3076bef3a181ed599f
/usr/share/zoneinfo/right/Europe/Andorra f 0644 0:0 size=1962 nlink=1 sha256=b50d0902ef02a54c2fc02bb648c94239af6edc8825c72fdf4ee650c9c05ed35c
/usr/share/zoneinfo/right/Europe/Astrakhan f 0644 0:0 size=1698 nlink=1 sha256=9c30c6afc1f87efe12ec0e89b7e3fe42e9c71bd406ffde2db9da9488ca65d984
/usr/share/zoneinfo/right/Europe/Athens f 0644 0:0 size=2480 nlink=1 sha256=92c51077a5ae3064ed90f07df1623f40a44d33bc9cb1d5bf71c99708a81f5df9
/usr/share/zoneinfo/right/Europe/Belfast l 0777 0:0 -> London
/usr/share/zoneinfo/right/Europe/Belgrade f 0644 0:0 size=2140 nlink=1 sha256=a046a6930727e34efbb18d785e1e6306549647f7bcb98555ca1ad3f08c645bad
/usr/share/zoneinfo/right/Europe/Berlin f 0644 0:0 size=2518 nlink=1 sha256=773eec0b5850d45683472f5451d186b1470081c10dfe75a1ed2ce3146c7d4f3e
/usr/share/zoneinfo/right/Europe/Bratislava l 0777 0:0 -> Prague
/usr/share/zoneinfo/right/Europe/Brussels f 0644 0:0 size=3153 nlink=1 sha256=ba487640811d7409216e3d4fd1edeaff32783e2dd47f64304b316349313657aa
/usr/share/zoneinfo/right/Europe/Bucharest f 0644 0:0 size=2402 nlink=1 sha256=2f88d201f48c89b23416f42312494e7270b866b976200898f9c8a78a01d1029c
/usr/share/zoneinfo/right/Europe/Budapest f 0644 0:0 size=2588 nlink=1 sha256=a78ba655b5eb5ad53540b01a570dea69c81627db682cfdc3c995c5e650d1df11
/usr/share/zoneinfo/right/Europe/Busingen l 0777 0:0 -> Zurich
/usr/share/zoneinfo/right/Europe/Chisinau f 0644 0:0 size=2642 nlink=1 sha256=2dfc1a25612db64c8917508930c7a6aab363bfe1f8d38f12782f68dcb029f469
/usr/share/zoneinfo/right/Europe/Copenhagen f 0644 0:0 size=2357 nlink=1 sha256=941cf05eb4fe8b76aef60b1dfbfed26e84a903caadf60a45be743587df1e29bf
/usr/share/zoneinfo/right/Europe/Dublin f 0644 0:0 size=3712 nlink=1 sha256=620a2f04471e1d888e9a066b28a74f1e3fd6bfc17c8ebda270552bda37a00342
/usr/share/zoneinfo/right/Europe/Gibraltar f 0644 0:0 size=3288 nlink=1 sha256=246fc53da1869dfbd5fbeaf52dada67483e7eed087f68423347a0ab413e9a7da
/usr/share/zoneinfo/right/Europe/Guernsey f 0644 0:0 size=3954 nlink=1 sha256=5ae4939b6f7a01bf57037c8adf7bc450e0efeca7d1f4ee78fb6698f41adeaadd
/usr/share/zoneinfo/right/Europe/Helsinki f 0644 0:0 size=2118 nlink=1 sha256=19627d01fbca4270c7f1051af91033224da2785279fe94a48c9a2a9caf4bbc2f
/usr/share/zoneinfo/right/Europe/Isle_of_Man f 0644 0:0 size=3870 nlink=1 sha256=9703e4972e32ef247b77b8c22cf5611c40a8b5578f95056c0f68ca19c159503b
/usr/share/zoneinfo/right/Europe/Istanbul f 0644 0:0 size=2480 nlink=1 sha256=4d276db991c48380c5aa70c42326a502d61e857af99bd76081ba75cdf23f2736
/usr/share/zoneinfo/right/Europe/Jersey f 0644 0:0 size=3954 nlink=1 sha256=0917f0585d18b2c3f06a9fb40edaa1d64e40fec93def2766fd30a345f57a7a40
/usr/share/zoneinfo/right/Europe/Kaliningrad f 0644 0:0 size=2042 nlink=1 sha256=84860c6454328f30b87145b9816d9cce1136a7e103a7c570c1a78171a5154434
/usr/share/zoneinfo/right/Europe/Kiev l 0777 0:0 -> Kyiv
/usr/share/zoneinfo/right/Europe/Kirov f 0644 0:0 size=1734 nlink=1 sha256=707e9cc67a5534fa0104930aadf6057e8af4d9a01962099404fbf70c0a9b5f79
/usr/share/zoneinfo/right/Europe/Kyiv f 0644 0:0 size=2338 nlink=1 sha256=49a71554ae01b15b46f1f12c4a385691aa2dfc378dcd9ebe84c47b66e45cf98b
/usr/share/zoneinfo/right/Europe/Lisbon f 0644 0:0 size=3748 nlink=1 sha256=8b748d3172a66866d9379315d8d612ed61d008673da906037b0f91402d9f7ab5
/usr/share/zoneinfo/right/Europe/Ljubljana f 0644 0:0 size=2140 nlink=1 sha256=a13838dcd78d0229e4f79d2aab1fee54fb1422f4e8eb5d5d9ecb497cee41b844
/usr/share/zoneinfo/right/Europe/London f 0644 0:0 size=3886 nlink=1 sha256=aef18d41a00ce22c5684097473a7e8a7d5d6030468f5a0ac2f0db9fc2866b716
/usr/share/zoneinfo/right/Europe/Luxembourg f 0644 0:0 size=3166 nlink=1 sha256=b585799154b3fab8452784b269124e044acc578ccb6522c6522ac1d2fa3327aa
/usr/share/zoneinfo/right/Europe/Madrid f 0644 0:0 size=2834 nlink=1 sha256=9ba7e7234edbfa7762f6f54de870c7da79e8977532178efc7426c33077fa272f
/usr/share/zoneinfo/right/Europe/Malta f 0644 0:0 size=2840 nlink=1 sha256=969e6a38166cec722d473fea4170ad2150b9bf91ecf265212f0a70d1a2a7cd50
/usr/share/zoneinfo/right/Europe/Mariehamn l 0777 0:0 -> Helsinki
/usr/share/zoneinfo/right/Europe/Minsk f 0644 0:0 size=1854 nlink=1 sha256=5b668ca562ba3b2e2569b561815f7ca34b0edbe986072ee4bd4f0598b0f1eb8f
/usr/share/zoneinfo/right/Europe/Monaco f 0644 0:0 size=3164 nlink=1 sha256=9142457037bad9f20be8369cb852be9f3666f6488307e62e2852d85d2002fd32
/usr/share/zoneinfo/right/Europe/Moscow f 0644 0:0 size=2084 nlink=1 sha256=d0e41583d4cc895f7fca10778f54a696ca4227f2fa81fdeea2ce4e153748a6f8
/usr/share/zoneinfo/right/Europe/Nicosia l 0777 0:0 -> ../Asia/Nicosia
/usr/share/zoneinfo/right/Europe/Oslo f 0644 0:0 size=2448 nlink=1 sha256=bf26d599c5f4ecf60921da3fc4a46b00c09b93ad4e2ea6faf2b6965ef183b1a2
/usr/share/zoneinfo/right/Europe/Paris f 0644 0:0 size=3182 nlink=1 sha256=313a8e0b03dcfb5fe0a0e098ecc429ba46eb7debb502c07190f73b1e4d22083f
/usr/share/zoneinfo/right/Europe/Podgorica l 0777 0:0 -> Belgrade
/usr/share/zoneinfo/right/Europe/Prague f 0644 0:0 size=2521 nlink=1 sha256=8c21f0b5e213979546a6d7af69ebd224140d6db32091c1a319ae26afc521d2b4
/usr/share/zoneinfo/right/Europe/Riga f 0644 0:0 size=2416 nlink=1 sha256=6fc5a04f53bccc3bc95a77c9824d54fe657bea15a5b15620a8793b40186b0412
/usr/share/zoneinfo/right/Europe/Rome f 0644 0:0 size=2861 nlink=1 sha256=75d4568f7c1faf3ab083ebe5c19b5113b7d9be3b37a5d6af8715c38bea61ca06
/usr/share/zoneinfo/right/Europe/Samara f 0644 0:0 size=1748 nlink=1 sha256=8e4097f820a57c4e027e1ffd8f506222c178efe543aead4737da16e9b8c2c8ab
/usr/share/zoneinfo/right/Europe/San_Marino l 0777 0:0 -> Rome
/usr/share/zoneinfo/right/Europe/Sarajevo f 0644 0:0 size=2140 nlink=1 sha256=ec1788faa6632d610b2d1315e33d5437e0df99d0f4043fce9ccb737b37719f3a
/usr/share/zoneinfo/right/Europe/Saratov f 0644 0:0 size=1716 nlink=1 sha256=a365ed6576c2155937d0ff77120b57afd81fca73b87e5bc347b56d5656f887ed
/usr/share/zoneinfo/right/Europe/Simferopol f 0644 0:0 size=2018 nlink=1 sha256=61c29ce82fa68daaa84bd8cdef0068688c9b01cd65b2872e8eb50d6ac7ef3154
/usr/share/zoneinfo/right/Europe/Skopje f 0644 0:0 size=2140 nlink=1 sha256=98b09355ba0ac8c65deceefc00b9ea2b52d7235716bcc62775b0a004e5ac2288
/usr/share/zoneinfo/right/Europe/Sofia f 0644 0:0 size=2295 nlink=1 sha256=f27fcea56b3f04d3370734b3158f85ae45a82b974802c6d72f7564ff6efbd78f
/usr/share/zoneinfo/right/Europe/Stockholm f 0644 0:0 size=2129 nlink=1 sha256=dfdd78455b743e560731b3d1ac07dd130fe4d7f7de8eabf7771b62851727d74c
/usr/share/zoneinfo/right/Europe/Tallinn f 0644 0:0 size=2366 nlink=1 sha256=73d2f900b90a99ac31e9f3e065ae681c09eb6519689effa9ddaf4dc0146083f5
/usr/share/zoneinfo/right/Europe/Tirane f 0644 0:0 size=2304 nlink=1 sha256=aea91a88d5456d0f364f01e4e47a0bfd21fda9502bac28c4cdba68ad13bf081f
/usr/share/zoneinfo/right/Europe/Tiraspol l 0777 0:0 -> Chisinau
/usr/share/zoneinfo/right/Europe/Ulyanovsk f 0644 0:0 size=1800 nlink=1 sha256=b8d13daf094a1098037427319c59e7c63cbae8e13bb5c203cd19d19ae125de53
/usr/share/zoneinfo/right/Europe/Uzhgorod l 0777 0:0 -> Kyiv
/usr/share/zoneinfo/right/Europe/Vaduz f 0644 0:0 size=2108 nlink=1 sha256=6bd7cea2b8e5c28800de80ebce718db4f7a8bf3bc8758e213762d882afca5d04
/usr/share/zoneinfo/right/Europe/Vatican l 0777 0:0 -> Rome
/usr/share/zoneinfo/right/Europe/Vienna f 0644 0:0 size=2420 nlink=1 sha256=0a134ab8c35df8bdf33c30c197d5c554c1e9a43188e1825e8572225313623780
/usr/share/zoneinfo/right/Europe/Vilnius f 0644 0:0 size=2380 nlink=1 sha256=c820174f07342da09d214533685cbf6070421845fcdb21e02dbafadeac38494b
/usr/share/zoneinfo/right/Europe/Volgograd f 0644 0:0 size=1742 nlink=1 sha256=73a0ec1d42e3d342153b887857f6cbfffcc4b92b0cef2b384870c1bb3c398f0b
/usr/share/zoneinfo/right/Europe/Warsaw f 0644 0:0 size=2874 nlink=1 sha256=5000c656a1cf1aa4217b68fd4a0f4ea34271443ed36d76eb56d3a72bc3023b64
/usr/share/zoneinfo/right/Europe/Zagreb f 0644 0:0 size=2140 nlink=1 sha256=e75ac44912e7778e4e234ca72e43d067dc7791f40ba9c66d4c587c114f27bcfa
/usr/share/zoneinfo/right/Europe/Zaporozhye l 0777 0:0 -> Kyiv
/usr/share/zoneinfo/right/Europe/Zurich f 0644 0:0 size=2129 nlink=1 sha256=4c9418b477eed28cf07524722bcc278a2e1638cfe22c159459a593d5f3a82d8a
/usr/share/zoneinfo/right/Factory f 0644 0:0 size=664 nlink=1 sha256=aa76b7afc7a3b1543014d9fffa3f91b65ef06a41d9b81ec63eb074fee7560882
/usr/share/zoneinfo/right/GB l 0777 0:0 -> Europe/London
/usr/share/zoneinfo/right/GB-Eire l 0777 0:0 -> Europe/London
/usr/share/zoneinfo/right/GMT l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/right/GMT+0 l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/right/GMT-0 l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/right/GMT0 l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/right/Greenwich l 0777 0:0 -> Etc/GMT
/usr/share/zoneinfo/right/HST f 0644 0:0 size=664 nlink=1 sha256=236abe60a0eaf3cbd278d3c1d3969d7a0f3042b4f55f54fab0c832d41ef26ecf
/usr/share/zoneinfo/right/Hongkong l 0777 0:0 -> Asia/Hong_Kong
/usr/share/zoneinfo/right/Iceland l 0777 0:0 -> Africa/Abidjan
/usr/share/zoneinfo/right/Indian d 0755 0:0
/usr/share/zoneinfo/right/Indian/Antananarivo f 0644 0:0 size=768 nlink=1 sha256=363a95d2179a9408b0c2cd67bd731138e0b69f64b0eb34642f2040a8928a58e8
/usr/share/zoneinfo/right/Indian/Chagos f 0644 0:0 size=732 nlink=1 sha256=33e41e97819194cad92a566476c708d64ed3a302f4050fd55f972b5a96883e15
/usr/share/zoneinfo/right/Indian/Christmas f 0644 0:0 size=698 nlink=1 sha256=557fe1923df0ede873bea3711296fa2ee4d3f99126f90b63b20aed0b8c290eee
/usr/share/zoneinfo/right/Indian/Cocos f 0644 0:0 size=702 nlink=1 sha256=0a4d19c85f83eb0838a44187e4bd10ebf94cf87dd5a8929e05ab0a6e7edc0b32
/usr/share/zoneinfo/right/Indian/Comoro f 0644 0:0 size=698 nlink=1 sha256=dfceb4a6e9afa9020860ce08dcc108b8c0c9366926453da38f2a8cfc1e0272ac
/usr/share/zoneinfo/right/Indian/Kerguelen f 0644 0:0 size=698 nlink=1 sha256=189ad323ee7d0b9f403d72a5a682f494cb27e96d09b095ca78fc7734558ca842
/usr/share/zoneinfo/right/Indian/Mahe f 0644 0:0 size=698 nlink=1 sha256=f789e44691ca18b6389723359f8000b089d68cbc4d4624dc82cee1918fc86713
/usr/share/zoneinfo/right/Indian/Maldives f 0644 0:0 size=732 nlink=1 sha256=c1d07665d1c2ac73900f3aa3f62ec6d57aecca191cef8ad815c8596b9a3d32c6
/usr/share/zoneinfo/right/Indian/Mauritius f 0644 0:0 size=774 nlink=1 sha256=2df70bbdbe0fceb3a37c5a76f54f3fb4ef2d766b5dbc2150711d3a1dd589031b
/usr/share/zoneinfo/right/Indian/Mayotte f 0644 0:0 size=698 nlink=1 sha256=f38ceb7824ed46c5f14ab96cd14f8cd378a932ff4d7f8b4aaebf1c0c7974168d
/usr/share/zoneinfo/right/Indian/Reunion f 0644 0:0 size=698 nlink=1 sha256=a536f233fdb3418bb9bdd9dcf873055b2654617cde441217099eb82a7b1ab633
/usr/share/zoneinfo/right/Iran l 0777 0:0 -> Asia/Tehran
/usr/share/zoneinfo/right/Israel l 0777 0:0 -> Asia/Jerusalem
/usr/share/zoneinfo/right/Jamaica l 0777 0:0 -> America/Jamaica
/usr/share/zoneinfo/right/Japan l 0777 0:0 -> Asia/Tokyo
/usr/share/zoneinfo/right/Kwajalein l 0777 0:0 -> Pacific/Kwajalein
/usr/share/zoneinfo/right/Libya l 0777 0:0 -> Africa/Tripoli
/usr/share/zoneinfo/right/MET f 0644 0:0 size=2314 nlink=1 sha256=13065685c07dfc70a81052e57b5e44453b31f75fa50eeb95042ada260376375c
/usr/share/zoneinfo/right/MST f 0644 0:0 size=664 nlink=1 sha256=78336fd1f7024fcdce710698868211054cb948698157c2ed3a3a67d8a1a93030
/usr/share/zoneinfo/right/MST7MDT f 0644 0:0 size=2534 nlink=1 sha256=8c6a061ac024e960313256e2f61ce4d4892a1e0315300e6f53382b622174e59f
/usr/share/zoneinfo/right/Mexico d 0755 0:0
/usr/share/zoneinfo/right/Mexico/BajaNorte l 0777 0:0 -> ../America/Tijuana
/usr/share/zoneinfo/right/Mexico/BajaSur l 0777 0:0 -> ../America/Mazatlan
/usr/share/zoneinfo/right/Mexico/General l 0777 0:0 -> ../America/Mexico_City
/usr/share/zoneinfo/right/NZ l 0777 0:0 -> Pacific/Auckland
/usr/share/zoneinfo/right/NZ-CHAT l 0777 0:0 -> Pacific/Chatham
/usr/share/zoneinfo/right/Navajo l 0777 0:0 -> America/Denver
/usr/share/zoneinfo/right/PRC l 0777 0:0 -> Asia/Shanghai
/usr/share/zoneinfo/right/PST8PDT f 0644 0:0 size=2534 nlink=1 sha256=da34009fd2517e5f71272002c8ac1db86d8db8b45652cd98beee370b773f994d
/usr/share/zoneinfo/right/Pacific d 0755 0:0
/usr/share/zoneinfo/right/Pacific/Apia f 0644 0:0 size=1144 nlink=1 sha256=07cec02c8e05c101601f01f272c697dd189dbeaae048fa9b3b1ba65b056e77cc
/usr/share/zoneinfo/right/Pacific/Auckland f 0644 0:0 size=2656 nlink=1 sha256=e080379e905a9ebd2168acec0dbcf521596b45bd52c9aa94cff79a89fd6e7917
/usr/share/zoneinfo/right/Pacific/Bougainville f 0644 0:0 size=800 nlink=1 sha256=cdd0f1930dc4a3024e1d692c01256040597b3fa8829d20ef0c3c024fa0d57548
/usr/share/zoneinfo/right/Pacific/Chatham f 0644 0:0 size=2256 nlink=1 sha256=efe1af47ce712c15eeda49665fd847c946e86a25bdbc576a9a6b248db617da4d
/usr/share/zoneinfo/right/Pacific/Chuuk f 0644 0:0 size=801 nlink=1 sha256=e24cf3c8b26a7cf52bf63be82436507476dedf0650d59be2c05ab6aa257f6be1
/usr/share/zoneinfo/right/Pacific/Easter f 0644 0:0 size=2434 nlink=1 sha256=3ff67058ddf81258da2f78129e540f634f5de5c0cce502e4d6478bae63a349ca
/usr/share/zoneinfo/right/Pacific/Efate f 0644 0:0 size=1070 nlink=1 sha256=f8e9e4fd408e31b9bff368b9d5ed595d59d6ca717cfecfb6dcac25dadb8b7877
/usr/share/zoneinfo/right/Pacific/Enderbury l 0777 0:0 -> Kanton
/usr/share/zoneinfo/right/Pacific/Fakaofo f 0644 0:0 size=732 nlink=1 sha256=705694f43c90f0f710170518e7f7e91bdecc769ab873b29b7ffa37f5d1e49c40
/usr/share/zoneinfo/right/Pacific/Fiji f 0644 0:0 size=1110 nlink=1 sha256=1cb9960cad89eead777413e75f786fd242562fa805de4bcfe9174808cef0de4b
/usr/share/zoneinfo/right/Pacific/Funafuti f 0644 0:0 size=698 nlink=1 sha256=317e52e80565ce7bcb2efefde0a8883228f104adb9945e211652104e05b0255b
/usr/share/zoneinfo/right/Pacific/Galapagos f 0644 0:0 size=772 nlink=1 sha256=1b7ae1a5fa24ebcb3749c9bbd4f514741b75c8c167d053d48f1e5612a7509447
/usr/share/zoneinfo/right/Pacific/Gambier f 0644 0:0 size=698 nlink=1 sha256=5bceca2804d1b68951d571426d4f3a300019ca0b725969b405c70326f53e9413
/usr/share/zoneinfo/right/Pacific/Guadalcanal f 0644 0:0 size=698 nlink=1 sha256=65245cd1b8436d94fcc9516ef1df390ba5cff37ee20af1ea20c7ff95dc0b003b
/usr/share/zoneinfo/right/Pacific/Guam f 0644 0:0 size=1041 nlink=1 sha256=8496c1cb7b89a3dbcccb55e96736015282fa1bf8cdc1a6a16cc92e78e709dc1a
/usr/share/zoneinfo/right/Pacific/Honolulu f 0644 0:0 size=878 nlink=1 sha256=6d995d4c9edbed568d8d79a51dd42bc65d8d11db2ff7c738654543bbd1d17b4e
/usr/share/zoneinfo/right/Pacific/Johnston l 0777 0:0 -> Honolulu
/usr/share/zoneinfo/right/Pacific/Kanton f 0644 0:0 size=766 nlink=1 sha256=66f0459b78afc8689e64ea96cb06e419d08928bc544aaa163fb9b916d4213f61
/usr/share/zoneinfo/right/Pacific/Kiritimati f 0644 0:0 size=770 nlink=1 sha256=2c67806fea4642c846a425eb111620ec6b055730e53a1776ae00f67937356cd2
/usr/share/zoneinfo/right/Pacific/Kosrae f 0644 0:0 size=883 nlink=1 sha256=5c322abd1079d9e703780fc20b8473bfc4d01388682e7c33439683da8eeb46aa
/usr/share/zoneinfo/right/Pacific/Kwajalein f 0644 0:0 size=848 nlink=1 sha256=dca8cef1f734fad8ab81d80564cb4570938cc14dc5e53cbf92807602c66605c6
/usr/share/zoneinfo/right/Pacific/Majuro f 0644 0:0 size=842 nlink=1 sha256=8d63f44094aa064f89ddba6f7291821dadfc8d48246147f31d3f7447cdbcb72d
/usr/share/zoneinfo/right/Pacific/Marquesas f 0644 0:0 size=702 nlink=1 sha256=72795d976c29c2d61b2ae09e419f1ab99399c2155cb1661f51fe18465563390d
/usr/share/zoneinfo/right/Pacific/Midway f 0644 0:0 size=766 nlink=1 sha256=01e16f00cc766b17bc3d46400167c429ea82353eaf059181b35550812676a720
/usr/share/zoneinfo/right/Pacific/Nauru f 0644 0:0 size=784 nlink=1 sha256=ad8e0ca5741663d88d0143ac07271b8c04db5e501bf66c39f197a25c8e25e39d
/usr/share/zoneinfo/right/Pacific/Niue f 0644 0:0 size=736 nlink=1 sha256=b27b0e4aed98b7a0df7052a822f48487b7bd6ba8324805591801097cb8982e8d
/usr/share/zoneinfo/right/Pacific/Norfolk f 0644 0:0 size=1082 nlink=1 sha256=f602c53ea2c7b7abed544fa2f01f2c59fbb040d1b25c3cb781a801d2e657e1bc
/usr/share/zoneinfo/right/Pacific/Noumea f 0644 0:0 size=836 nlink=1 sha256=837a396604ca175f94f91e78ea6413de27309b17afbabbaacc5cd728f1272b2c
/usr/share/zoneinfo/right/Pacific/Pago_Pago f 0644 0:0 size=724 nlink=1 sha256=18e7c121d68944223846f6372457c69123d3083a2e07b3915977ab18c51a9652
/usr/share/zoneinfo/right/Pacific/Palau f 0644 0:0 size=713 nlink=1 sha256=4a15a565068218eae7009e59a3ed844627ec645fde12c9b5d1c3bdbe257bee6a
/usr/share/zoneinfo/right/Pacific/Pitcairn f 0644 0:0 size=736 nlink=1 sha256=899c6dd46bf1bfd7a9268cad13a3440879d81e6d4086906f45edd21b45e061fb
/usr/share/zoneinfo/right/Pacific/Pohnpei f 0644 0:0 size=835 nlink=1 sha256=4df19e22f52d2e6d12e995def681c51f6646ee30004afee031f15fbde4ac7ca9
/usr/share/zoneinfo/right/Pacific/Ponape l 0777 0:0 -> Guadalcanal
/usr/share/zoneinfo/right/Pacific/Port_Moresby f 0644 0:0 size=718 nlink=1 sha256=d78f7d8ff9227152e5449a161e560af12d342f77e94a29741d1cb18af448712e
/usr/share/zoneinfo/right/Pacific/Rarotonga f 0644 0:0 size=1136 nlink=1 sha256=04af2a9aaf3f918cef9a7d6b9a252191d77b34ed4c2dccc9b232738e75368e10
/usr/share/zoneinfo/right/Pacific/Saipan f 0644 0:0 size=1027 nlink=1 sha256=f35250832c59ad13a816f2eeb9c2edbbc186f63bc906e4dace452ea74e10b0ad
/usr/share/zoneinfo/right/Pacific/Samoa l 0777 0:0 -> Pago_Pago
/usr/share/zoneinfo/right/Pacific/Tahiti f 0644 0:0 size=698 nlink=1 sha256=883831d25808f27ed367d4434263d2b4986ed5c461ae83b6acebd2c7adaa8b81
/usr/share/zoneinfo/right/Pacific/Tarawa f 0644 0:0 size=698 nlink=1 sha256=9ba5a0c67735d9c9223a1a537e08ef953a793270c01478b7f71d36fddf870efe
/usr/share/zoneinfo/right/Pacific/Tongatapu f 0644 0:0 size=904 nlink=1 sha256=10c3ddb8231b23dab5704ae9d46dba0c2d9cebfea147dde57c865b77102d6362
/usr/share/zoneinfo/right/Pacific/Truk l 0777 0:0 -> Port_Moresby
/usr/share/zoneinfo/right/Pacific/Wake f 0644 0:0 size=698 nlink=1 sha256=8b8ec8f926be100c203fdc2fbaf6f51c06bcae42a54b324b0399e7eeea93334b
/usr/share/zoneinfo/right/Pacific/Wallis f 0644 0:0 size=698 nlink=1 sha256=820400afefe5847cdbd6729765207d38fc4bfa230e856a04f35c194ce96e19f7
/usr/share/zoneinfo/right/Pacific/Yap l 0777 0:0 -> Port_Moresby
/usr/share/zoneinfo/right/Poland l 0777 0:0 -> Europe/Warsaw
/usr/share/zoneinfo/right/Portugal l 0777 0:0 -> Europe/Lisbon
/usr/share/zoneinfo/right/ROC l 0777 0:0 -> Asia/Taipei
/usr/share/zoneinfo/right/ROK l 0777 0:0 -> Asia/Seoul
/usr/share/zoneinfo/right/Singapore l 0777 0:0 -> Asia/Singapore
/usr/share/zoneinfo/right/Turkey l 0777 0:0 -> Europe/Istanbul
/usr/share/zoneinfo/right/UCT l 0777 0:0 -> Etc/UTC
/usr/share/zoneinfo/right/US d 0755 0:0
/usr/share/zoneinfo/right/US/Alaska l 0777 0:0 -> ../America/Anchorage
/usr/share/zoneinfo/right/US/Aleutian l 0777 0:0 -> ../America/Adak
/usr/share/zoneinfo/right/US/Arizona l 0777 0:0 -> ../America/Phoenix
/usr/share/zoneinfo/right/US/Central l 0777 0:0 -> ../America/Chicago
/usr/share/zoneinfo/right/US/East-Indiana l 0777 0:0 -> ../America/Indiana/Indianapolis
/usr/share/zoneinfo/right/US/Eastern l 0777 0:0 -> ../America/New_York
/usr/share/zoneinfo/right/US/Hawaii l 0777 0:0 -> ../Pacific/Honolulu
/usr/share/zoneinfo/right/US/Indiana-Starke l 0777 0:0 -> ../America/Indiana/Knox
/usr/share/zoneinfo/right/US/Michigan l 0777 0:0 -> ../America/Detroit
/usr/share/zoneinfo/right/US/Mountain l 0777 0:0 -> ../America/Denver
/usr/share/zoneinfo/right/US/Pacific l 0777 0:0 -> ../America/Los_Angeles
/usr/share/zoneinfo/right/US/Samoa l 0777 0:0 -> ../Pacific/Pago_Pago
/usr/share/zoneinfo/right/UTC l 0777 0:0 -> Etc/UTC
/usr/share/zoneinfo/right/Universal l 0777 0:0 -> Etc/UTC
/usr/share/zoneinfo/right/W-SU l 0777 0:0 -> Europe/Moscow
/usr/share/zoneinfo/right/WET f 0644 0:0 size=2126 nlink=1 sha256=b3cd599758c9a58f9208c2adfb1a696024c52cc99e03e22220a0bf33e468f82e
/usr/share/zoneinfo/right/Zulu l 0777 0:0 -> Etc/UTC
/usr/share/zoneinfo/tzdata.zi f 0644 0:0 size=114399 nlink=1 sha256=602843bacd2b0d8b3bc135e0f2cbb7b9c25e4a6d31c53aae3ad35aea558478a7
/usr/share/zoneinfo/zone.tab f 0644 0:0 size=18818 nlink=1 sha256=4d8e389e5f4b0ec0466d5b14f42e5dfb0308c4376165fcf478339afd9ddcb00c
/usr/share/zoneinfo/zone1970.tab f 0644 0:0 size=17601 nlink=1 sha256=406555546e685b34eb46c24d826b649dd35e9d202f4c13a3c621ff21eddc1583
/usr/src d 0755 0:0
/var d 0755 0:0
/var/backups d 0755 0:0
/var/cache d 0755 0:0
/var/cache/adduser d 0755 0:0
/var/cache/apt d 0755 0:0
/var/cache/apt/archives d 0755 0:0
/var/cache/apt/archives/adduser_3.134_all.deb f 0644 0:0 size=183272 nlink=1 sha256=c24fe4eb8e60d8632d72ed104cce7c92cff200847c897dc8ba764b6c47b519e0
/var/cache/apt/archives/apt_2.6.1_amd64.deb f 0644 0:0 size=1372852 nlink=1 sha256=6ea03cbbc7a7bfcee601c9fb08d4e026fd522ede5350561f06867ad9c0a0fa6b
/var/cache/apt/archives/base-files_12.4+deb12u15_amd64.deb f 0644 0:0 size=70936 nlink=1 sha256=3eb1ea6d85488f488cc2a163b98ad640ef88cee4c79287cf14e361aaf6206f47
/var/cache/apt/archives/base-passwd_3.6.1_amd64.deb f 0644 0:0 size=59972 nlink=1 sha256=908ca1b35125f49125ae56945a72bc11ce0fcec85a8d980d10d83bb3a610f518
/var/cache/apt/archives/bash_5.2.15-2+b13_amd64.deb f 0644 0:0 size=1490652 nlink=1 sha256=82130bb6a560cd2a7234d8018baf73f188f5dd56413d5aa0accc987b2197a6a1
/var/cache/apt/archives/bsdutils_1%3a2.38.1-5+deb12u3_amd64.deb f 0644 0:0 size=94412 nlink=1 sha256=6cae172b006a4603e710e046c3acba8d98d36748894cbe3eeda31d415fec331e
/var/cache/apt/archives/coreutils_9.1-1_amd64.deb f 0644 0:0 size=2896560 nlink=1 sha256=61038f857e346e8500adf53a2a0a20859f4d3a3b51570cc876b153a2d51a3091
/var/cache/apt/archives/dash_0.5.12-2_amd64.deb f 0644 0:0 size=91848 nlink=1 sha256=33ea40061da2f1a861ec46212b2b6a34f0776a049b1a3f0abce2fb8cb994258f
/var/cache/apt/archives/debconf_1.5.82_all.deb f 0644 0:0 size=121212 nlink=1 sha256=74ab14194a3762b2fc717917dcfda42929ab98e3c59295a063344dc551cd7cc8
/var/cache/apt/archives/debian-archive-keyring_2023.3+deb12u2_all.deb f 0644 0:0 size=178572 nlink=1 sha256=f699e2f88dca05212f2a452b58475f2993cb6993dfbafb1d0205a3291eb8b4b8
/var/cache/apt/archives/debianutils_5.7-0.5~deb12u1_amd64.deb f 0644 0:0 size=102588 nlink=1 sha256=55f951359670eb3236c9e2ccd5fac9ccb3db734f5a22aff21589e7a30aee48c9
/var/cache/apt/archives/diffutils_1%3a3.8-4_amd64.deb f 0644 0:0 size=351740 nlink=1 sha256=8bdfedc14c1035e3750e9f055ac9c1ecd9b5d05d9e6dc6466c4e9237eef407dd
/var/cache/apt/archives/dpkg_1.21.23_amd64.deb f 0644 0:0 size=1567804 nlink=1 sha256=f89e9f8d1a4a50ade44be3ed59a6ec55460fce205d2f8520c5c492137c5b609b
/var/cache/apt/archives/e2fsprogs_1.47.0-2+b2_amd64.deb f 0644 0:0 size=571920 nlink=1 sha256=fedd424691c08ef0739729026be298e7be8236337bf8e031b3c7ec66794e6fc2
/var/cache/apt/archives/findutils_4.9.0-4_amd64.deb f 0644 0:0 size=635500 nlink=1 sha256=5dd86bd0af4aa73f067dfd6b8339dd868f2dd84056aa79db29d1206d4fbc5e04
/var/cache/apt/archives/gcc-12-base_12.2.0-14+deb12u1_amd64.deb f 0644 0:0 size=37596 nlink=1 sha256=1896a2aacf4ad681ff5eacc24a5b0ca4d5d9c9b9c9e4b6de5197bc1e116ea619
/var/cache/apt/archives/gpgv_2.2.40-1.1+deb12u2_amd64.deb f 0644 0:0 size=648768 nlink=1 sha256=2966dc0a0b89caa65c3b4a386fa4ed0b6ca2239cd51ec40e6920507aedcdb14a
/var/cache/apt/archives/grep_3.8-5_amd64.deb f 0644 0:0 size=421444 nlink=1 sha256=3264acea728df3c48a54f20e9291b965130e306b9d00adac76647049da7196df
/var/cache/apt/archives/gzip_1.12-1_amd64.deb f 0644 0:0 size=140364 nlink=1 sha256=eabec1dde2834f72540d7b93fc5df2625f52611c06d93d61f5cdb12480e0e6a3
/var/cache/apt/archives/hostname_3.23+nmu1_amd64.deb f 0644 0:0 size=10500 nlink=1 sha256=17d9a2f3c05004499d80e180d2440fd716f84c32b65f09d96c9a024af4d1d0e7
/var/cache/apt/archives/init-system-helpers_1.65.2+deb12u1_all.deb f 0644 0:0 size=39020 nlink=1 sha256=afab482524c64e4e256eb5cab43c1a96dc493ec476d94f19f1a5ec3de5fa0fef
/var/cache/apt/archives/libacl1_2.3.1-3_amd64.deb f 0644 0:0 size=31488 nlink=1 sha256=8be9df5795114bfe90e2be3d208ef47a5edd3fc7b3e20d387a597486d444e5e2
/var/cache/apt/archives/libapt-pkg6.0_2.6.1_amd64.deb f 0644 0:0 size=907236 nlink=1 sha256=ccab743f6784b4cc7bd69e1810630edaf726cd69c1e735e39a16266d470bfdc0
/var/cache/apt/archives/libattr1_1%3a2.5.1-4_amd64.deb f 0644 0:0 size=22164 nlink=1 sha256=c4945123d66d0503ba42e2fc0585abc76d0838978c6d277b9cc37a4da25d1a34
/var/cache/apt/archives/libaudit-common_1%3a3.0.9-1_all.deb f 0644 0:0 size=10448 nlink=1 sha256=17d0341ca6ce604ce59c296780ac2c2a24141a769823c50669af942c025e6591
/var/cache/apt/archives/libaudit1_1%3a3.0.9-1_amd64.deb f 0644 0:0 size=46764 nlink=1 sha256=30954df4b5a7c505661ba8ae5e6ea94f5805e408899fb400783bb166eb5ff306
/var/cache/apt/archives/libblkid1_2.38.1-5+deb12u3_amd64.deb f 0644 0:0 size=147380 nlink=1 sha256=5a083377f29191cafcdf0f91ec124349b4a7895b531556633a136e43c6d53943
/var/cache/apt/archives/libbz2-1.0_1.0.8-5+b1_amd64.deb f 0644 0:0 size=47348 nlink=1 sha256=54149da3f44b22d523b26b692033b84503d822cc5122fed606ea69cc83ca5aeb
/var/cache/apt/archives/libc-bin_2.36-9+deb12u14_amd64.deb f 0644 0:0 size=609144 nlink=1 sha256=e667401af91fad95f15b3ebd25d1abd8373fd18b00dc32219678413170544e84
/var/cache/apt/archives/libc6_2.36-9+deb12u14_amd64.deb f 0644 0:0 size=2759320 nlink=1 sha256=ba4f88f73dbc3ae9055f3c20f4523bfdbaf1ad13ff95e258924f77d20b4fbedf
/var/cache/apt/archives/libcap-ng0_0.8.3-1+b3_amd64.deb f 0644 0:0 size=17068 nlink=1 sha256=b4b54769c77e4a71c8b33aee4d600ba28a9994a1c6f60d55d4ebe7fc44882e07
/var/cache/apt/archives/libcap2_1%3a2.66-4+deb12u3+b1_amd64.deb f 0644 0:0 size=27708 nlink=1 sha256=8d684c673e7483802a5c447834b0df6fce006eb3a7109e1be412f5ad425bb24f
/var/cache/apt/archives/libcom-err2_1.47.0-2+b2_amd64.deb f 0644 0:0 size=20044 nlink=1 sha256=a2bac7015e78fbc0c504df3e441f3a22292f1d2d77f9ccda760057f3690e22f2
/var/cache/apt/archives/libcrypt1_1%3a4.4.33-2_amd64.deb f 0644 0:0 size=89464 nlink=1 sha256=f5f60a5cdfd4e4eaa9438ade5078a57741a7a78d659fcb0c701204f523e8bd29
/var/cache/apt/archives/libdb5.3_5.3.28+dfsg2-1_amd64.deb f 0644 0:0 size=697412 nlink=1 sha256=7dc5127b8dd0da80e992ba594954c005ae4359d839a24eb65d0d8129b5235c84
/var/cache/apt/archives/libdebconfclient0_0.270_amd64.deb f 0644 0:0 size=9900 nlink=1 sha256=7d2b2b700bae0ba67a13655fabba6a98da3f6ce7dee43d1ee0ac433b7ca1d947
/var/cache/apt/archives/libext2fs2_1.47.0-2+b2_amd64.deb f 0644 0:0 size=204900 nlink=1 sha256=dff731f2318df99da4b8bf5f330f415f95b94c609bac29e7b2edba0a38f22a98
/var/cache/apt/archives/libffi8_3.4.4-1_amd64.deb f 0644 0:0 size=22856 nlink=1 sha256=6d9f6c25c30efccce6d4bceaa48ea86c329a3432abb360a141f76ac223a4c34a
/var/cache/apt/archives/libgcc-s1_12.2.0-14+deb12u1_amd64.deb f 0644 0:0 size=49856 nlink=1 sha256=3016e62cb4b7cd8038822870601f5ed131befe942774d0f745622cc77d8a88f7
/var/cache/apt/archives/libgcrypt20_1.10.1-3+deb12u1_amd64.deb f 0644 0:0 size=696204 nlink=1 sha256=e7a56552139c693904a6f9712234c05fe918353273a7cbdb5e62f423ad71bb97
/var/cache/apt/archives/libgmp10_2%3a6.2.1+dfsg1-1.1_amd64.deb f 0644 0:0 size=562588 nlink=1 sha256=187aedef2ed763f425c1e523753b9719677633c7eede660401739e9c893482bd
/var/cache/apt/archives/libgnutls30_3.7.9-2+deb12u7_amd64.deb f 0644 0:0 size=1409084 nlink=1 sha256=30abec8c824feb1d2d7e9000a34083cccd19d139625e1b21547e3ac53b922f8e
/var/cache/apt/archives/libgpg-error0_1.46-1_amd64.deb f 0644 0:0 size=76888 nlink=1 sha256=89944ee11d7370ce6ef46fc52f094c4a6512eff8943ec4c6ebefeae6360ceada
/var/cache/apt/archives/libhogweed6_3.8.1-2_amd64.deb f 0644 0:0 size=327524 nlink=1 sha256=ed8185c28b2cb519744a5a462dcd720d3b332c9b88a1d0002eac06dc8550cb94
/var/cache/apt/archives/libidn2-0_2.3.3-1+b1_amd64.deb f 0644 0:0 size=123636 nlink=1 sha256=d50716d5824083d667427817d506b45d3f59dc77e1ca52de000f3f62d4918afa
/var/cache/apt/archives/liblz4-1_1.9.4-1_amd64.deb f 0644 0:0 size=62884 nlink=1 sha256=64cde86cef1deaf828bd60297839b59710b5cd8dc50efd4f12643caaee9389d3
/var/cache/apt/archives/liblzma5_5.4.1-1+deb12u1_amd64.deb f 0644 0:0 size=205732 nlink=1 sha256=f96d8876b53ec89d76a992bc199679b818cf518225a768954d9451fb556a4eb7
/var/cache/apt/archives/libmd0_1.0.4-2_amd64.deb f 0644 0:0 size=29456 nlink=1 sha256=03539fd30c509e27101d13a56e52eda9062bdf1aefe337c07ab56def25a13eab
/var/cache/apt/archives/libmount1_2.38.1-5+deb12u3_amd64.deb f 0644 0:0 size=165732 nlink=1 sha256=f46e2d6b006951825adde9757790b6609d7c66c7700f9b68f3db913eaac323c3
/var/cache/apt/archives/libnettle8_3.8.1-2_amd64.deb f 0644 0:0 size=287764 nlink=1 sha256=45922e6e289ffd92f0f92d2bb9159e84236ff202d552a461bf10e5335b3f0261
/var/cache/apt/archives/libp11-kit0_0.24.1-2_amd64.deb f 0644 0:0 size=345080 nlink=1 sha256=251330faddbf013f060fcdb41f4b0c037c8a6e89ba7c09b04bfcc4e3f0807b22
/var/cache/apt/archives/libpam-modules-bin_1.5.2-6+deb12u2_amd64.deb f 0644 0:0 size=75676 nlink=1 sha256=e7b1f6c60a51398920c5da792016161a65bf1c7caaa64140dd2099176ed51280
/var/cache/apt/archives/libpam-modules_1.5.2-6+deb12u2_amd64.deb f 0644 0:0 size=291056 nlink=1 sha256=19fb4838168e68bc15a5606070f14b1162bb34a3899686913f5d661f1707f483
/var/cache/apt/archives/libpam-runtime_1.5.2-6+deb12u2_all.deb f 0644 0:0 size=160936 nlink=1 sha256=7a4f26d54c1e3ee8c68095f9d9013d13dd89a33ff78ef87330d21f21235fc278
/var/cache/apt/archives/libpam0g_1.5.2-6+deb12u2_amd64.deb f 0644 0:0 size=92060 nlink=1 sha256=a06f889caf9e97ccf04dedec0905573916bc6ec3366ade2c6ef8900047fd5cc1
/var/cache/apt/archives/libpcre2-8-0_10.42-1_amd64.deb f 0644 0:0 size=260776 nlink=1 sha256=030db54f4d76cdfe2bf0e8eb5f9efea0233ab3c7aa942d672c7b63b52dbaf935
/var/cache/apt/archives/libseccomp2_2.5.4-1+deb12u1_amd64.deb f 0644 0:0 size=46808 nlink=1 sha256=108fe67957ca7cf9ba51d801118a1b37d404bea7b6e365025cd00779e9eca38d
/var/cache/apt/archives/libselinux1_3.4-1+b6_amd64.deb f 0644 0:0 size=73720 nlink=1 sha256=2b07f5287b9105f40158b56e4d70cc1652dac56a408f3507b4ab3d061eed425f
/var/cache/apt/archives/libsemanage-common_3.4-1_all.deb f 0644 0:0 size=21632 nlink=1 sha256=835f806c21ae25e39053bd3057051640341b0cf08e1db9746fd82e370d82fa30
/var/cache/apt/archives/libsemanage2_3.4-1+b5_amd64.deb f 0644 0:0 size=89884 nlink=1 sha256=fd36d0972866adde5a52269a309fcecd76a8e45e557dd0ecd33aa221cabc2a8c
/var/cache/apt/archives/libsepol2_3.4-2.1_amd64.deb f 0644 0:0 size=275900 nlink=1 sha256=b998946bb9818a97b387a962826caae33bc7fdcb6d706b2782c0470510be6b48
/var/cache/apt/archives/libsmartcols1_2.38.1-5+deb12u3_amd64.deb f 0644 0:0 size=106776 nlink=1 sha256=84088c6895fc07538fc51624899f3f71835188e0d38ebc3812097ac13da523b0
/var/cache/apt/archives/libss2_1.47.0-2+b2_amd64.deb f 0644 0:0 size=24800 nlink=1 sha256=24115749c09b4e259acff1f799faccd1748ff322bd638b09d820729cb3b24579
/var/cache/apt/archives/libstdc++6_12.2.0-14+deb12u1_amd64.deb f 0644 0:0 size=612604 nlink=1 sha256=5cd3171216d4ab0fc911cfe9c35509bf2dd8f47761c43b7f6a4296701551a24d
/var/cache/apt/archives/libsystemd0_252.39-1~deb12u2_amd64.deb f 0644 0:0 size=332372 nlink=1 sha256=013c07514a9e4933b2d5c098018695a6aa42d085dbc483ce2c094a954c8a1b0a
/var/cache/apt/archives/libtasn1-6_4.19.0-2+deb12u1_amd64.deb f 0644 0:0 size=48596 nlink=1 sha256=2c27c613b69be248d09432839ea3d3382f6ee27fabaa65987aa2d884cd00afda
/var/cache/apt/archives/libtinfo6_6.4-4_amd64.deb f 0644 0:0 size=331352 nlink=1 sha256=072d908f38f51090ca28ca5afa3b46b2957dc61fe35094c0b851426859a49a51
/var/cache/apt/archives/libudev1_252.39-1~deb12u2_amd64.deb f 0644 0:0 size=108880 nlink=1 sha256=6f7e08f11c4809d2e5998c775f7b423ab5ec2ce0309494b4a2615037052245e2
/var/cache/apt/archives/libunistring2_1.0-2_amd64.deb f 0644 0:0 size=436708 nlink=1 sha256=d466bbfe011d764d793c1d9d777cad9c7cf65b938e11598f27408171ad95a951
/var/cache/apt/archives/libuuid1_2.38.1-5+deb12u3_amd64.deb f 0644 0:0 size=28784 nlink=1 sha256=5fff398321da62d28a842bcbabd193d72ae21724962c029dc32b1dc6b2deaeaf
/var/cache/apt/archives/libxxhash0_0.8.1-1_amd64.deb f 0644 0:0 size=27584 nlink=1 sha256=6c19a5d18c8350744581fbd25d5d29e2b7101053e25aafa4e1ffcc2b505b2f1c
/var/cache/apt/archives/libzstd1_1.5.4+dfsg2-5_amd64.deb f 0644 0:0 size=290036 nlink=1 sha256=6315b5ac38b724a710fb96bf1042019398cb656718b1522279a5185ed39318fa
/var/cache/apt/archives/login_1%3a4.13+dfsg1-1+deb12u2_amd64.deb f 0644 0:0 size=616084 nlink=1 sha256=f1cc45bf505a8457340dc3c36f3a01a1835aaf564d73d9d394afb8ccfb6595a0
/var/cache/apt/archives/logsave_1.47.0-2+b2_amd64.deb f 0644 0:0 size=19876 nlink=1 sha256=12e051fb0d931c510d464ba93e87b937aa41a08f286735e0538d9f9e73efa3d0
/var/cache/apt/archives/mawk_1.3.4.20200120-3.1_amd64.deb f 0644 0:0 size=119144 nlink=1 sha256=bcbc83f391854ea9d50ce2a4101aacf330de3b8b71d81a798faadba14a157f78
/var/cache/apt/archives/mount_2.38.1-5+deb12u3_amd64.deb f 0644 0:0 size=134044 nlink=1 sha256=456ed2c62f884bc1133b6969d4d1eb2e6d8581076b00b4c8d700151155270a7a
/var/cache/apt/archives/ncurses-base_6.4-4_all.deb f 0644 0:0 size=261308 nlink=1 sha256=bfd1d89f833c09a28b062ee916495cf69649ca2bf529532476c7b69d75d24909
/var/cache/apt/archives/ncurses-bin_6.4-4_amd64.deb f 0644 0:0 size=421400 nlink=1 sha256=396d6e453aee6d71b7141f0bfb333a6c08a44c64f77632bdf52894ccd123db46
/var/cache/apt/archives/partial d 0755 0:0
/var/cache/apt/archives/passwd_1%3a4.13+dfsg1-1+deb12u2_amd64.deb f 0644 0:0 size=972180 nlink=1 sha256=fb787363372903e03627e53fd483e51dfb6861047a1e02c7d5a5f27d66546d08
/var/cache/apt/archives/perl-base_5.36.0-7+deb12u3_amd64.deb f 0644 0:0 size=1607712 nlink=1 sha256=8ec874926e211807cde71e1b0a2311d2534ab3539dffcb2c8553633f542efc1a
/var/cache/apt/archives/sed_4.9-1+deb12u1_amd64.deb f 0644 0:0 size=329092 nlink=1 sha256=fd557efeee8aae4619c2cb7f68aadccb804322ad4a99ab048aaae5901d253885
/var/cache/apt/archives/sysvinit-utils_3.06-4_amd64.deb f 0644 0:0 size=30996 nlink=1 sha256=11790842108768ec52432ea22e7b4f057232813b7c27ef6dfe1aba776a5cb90e
/var/cache/apt/archives/tar_1.34+dfsg-1.2+deb12u1_amd64.deb f 0644 0:0 size=836288 nlink=1 sha256=24fb92e98c2969171f81a8b589263d705f6b1670f95d121cd74c810d4605acc3
/var/cache/apt/archives/tzdata_2026b-0+deb12u1_all.deb f 0644 0:0 size=304148 nlink=1 sha256=0edb49f4dffe0d5608069f7e4ba4d69544d3b9e86fc314dd8b75e9958d8e5e98
/var/cache/apt/archives/usr-is-merged_37~deb12u1_all.deb f 0644 0:0 size=5616 nlink=1 sha256=908b80730d99afe6f59ed7f449827b7047ceeeaa7637c368c03e4912e0a6de99
/var/cache/apt/archives/util-linux-extra_2.38.1-5+deb12u3_amd64.deb f 0644 0:0 size=110728 nlink=1 sha256=b097a68c68e5c47a18e82678729dd9986782cf1d439f53beafad6f6dd3e6d688
/var/cache/apt/archives/util-linux_2.38.1-5+deb12u3_amd64.deb f 0644 0:0 size=1177276 nlink=1 sha256=8eb241ff24b2e1ee9c0373f4fc9bc728b85bf5966c1496154df7da01c0e42f34
/var/cache/apt/archives/zlib1g_1%3a1.2.13.dfsg-1_amd64.deb f 0644 0:0 size=86684 nlink=1 sha256=d7dd1d1411fedf27f5e27650a6eff20ef294077b568f4c8c5e51466dc7c08ce4
/var/cache/debconf d 0755 0:0
/var/cache/debconf/config.dat f 0644 0:0 size=4401 nlink=1 sha256=f6f5ea12b16434719426617a7da11ae49acb06d54c92cb3f5e6bf345d65d8db0
/var/cache/debconf/config.dat-old f 0644 0:0 size=3812 nlink=1 sha256=eb5f9fa524227a2e93d62df7ef68d8283aa099ed818d63f54eef4f6cdd7cc13d
/var/cache/debconf/passwords.dat f 0600 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/cache/debconf/templates.dat f 0644 0:0 size=753157 nlink=1 sha256=c56b4c3ba6ccf92c181adc44e14b2da55bb526940f369b0165d0c07bbb6bc5a3
/var/cache/debconf/templates.dat-old f 0644 0:0 size=713572 nlink=1 sha256=a9fb04a5a3eac823d84de948b5eed0e101a45f2801df51ad36344f24088f0705
/var/cache/ldconfig d 0700 0:0
/var/cache/ldconfig/aux-cache f 0600 0:0 size=4559 nlink=1 sha256=ff2e611dc1fc9227b66eabccb4e62a0d07d688585b985d03b9c05a9df542f54a
/var/lib d 0755 0:0
/var/lib/apt d 0755 0:0
/var/lib/apt/lists d 0755 0:0
/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease f 0644 0:0 size=151075 nlink=1 sha256=77737fa4b34f2693e982cc9ee35736816c35a7778fc2d326cc1bbf5b301fe1aa
/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_Release f 0644 0:0 size=149265 nlink=1 sha256=c8394efad1f4e1a7440d044a3598dee3266171d189990fb7b8a2331f346a3801
/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_Release.gpg f 0644 0:0 size=1760 nlink=1 sha256=8aade56fc9cdab903b220b2abdfd60868110eadcd8dd8f09a80d3a7bd4cc025d
/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages f 0644 0:0 size=50060337 nlink=1 sha256=515e692f2c4121c6fcec444ef100cc18f79a991910615f3a88c8b7becfc94d2f
/var/lib/apt/lists/partial d 0755 0:0
/var/lib/apt/mirrors d 0755 0:0
/var/lib/apt/mirrors/partial d 0755 0:0
/var/lib/apt/periodic d 0755 0:0
/var/lib/dpkg d 0755 0:0
/var/lib/dpkg/alternatives d 0755 0:0
/var/lib/dpkg/alternatives/awk f 0644 0:0 size=207 nlink=1 sha256=06c7cfca68d405ca5e20fd379b93fe97fd1698841a1449f9b403115cedcf8eba
/var/lib/dpkg/alternatives/builtins.7.gz f 0644 0:0 size=83 nlink=1 sha256=6cd368606c13e12657f237f25e3ddfd89c6ebc34b52b8391561ff89d0c052f62
/var/lib/dpkg/alternatives/pager f 0644 0:0 size=107 nlink=1 sha256=2e9eefcd61abb2a242529556f3291fab7d2f1a9f2eefd5e90209269f6d1ea4b9
/var/lib/dpkg/alternatives/rmt f 0644 0:0 size=113 nlink=1 sha256=cc31c88e6e9660da820eaf68418b4e9dfd76dfdbbbcebbaed446afe397971dc9
/var/lib/dpkg/alternatives/which f 0644 0:0 size=787 nlink=1 sha256=55a922644024cd9549c6e1f916f8debcad849d26553ccacaef6935c2c3a84e2a
/var/lib/dpkg/available f 0644 0:0 size=67218 nlink=1 sha256=1b27854401f7da592e47b32c1b2cb5ea301e34bb6c5c184600906cdd0ef673d3
/var/lib/dpkg/cmethopt f 0644 0:0 size=8 nlink=1 sha256=162ba45c89e2735aba3a5fcd4a0ad00efd9120edaa2215a8f541058cb895ce29
/var/lib/dpkg/diversions f 0644 0:0 size=98 nlink=1 sha256=0e4c917474e8711b898165d3b464a2c47c027a28ec6d7f87f4bd2fc1deee2a2a
/var/lib/dpkg/diversions-old f 0644 0:0 size=29 nlink=1 sha256=38a9223036b798cf157b57573da124bdbd281ec638ef175b6a00c86a5dcc813d
/var/lib/dpkg/info d 0755 0:0
/var/lib/dpkg/info/adduser.conffiles f 0644 0:0 size=36 nlink=1 sha256=27a1b4199a361534b8b86ec4ae26fed5efafffaa98296e73d2025151558e25a1
/var/lib/dpkg/info/adduser.list f 0644 0:0 size=4927 nlink=1 sha256=cf5b21cdee0b955d3c7403039a6a5472737321ccfc07d1e17bea6861771aa8df
/var/lib/dpkg/info/adduser.md5sums f 0644 0:0 size=4899 nlink=1 sha256=44ded2aaecc7bf4d5a052455ed80eb6a1345be4a7d4c1791b55e7684633b1471
/var/lib/dpkg/info/adduser.postrm f 0755 0:0 size=151 nlink=1 sha256=e917d60a2b71383d56d7fec793bf2a40912d4dc7ec45bcdf35aa09f9b0061ccf
/var/lib/dpkg/info/adduser.preinst f 0755 0:0 size=3990 nlink=1 sha256=7f6b6affc5b83a6bbe3c620457d13a96671b8482b9389ebfc393548dff92dff5
/var/lib/dpkg/info/apt.conffiles f 0644 0:0 size=81 nlink=1 sha256=eff1f3968da64e5629391065a6e3402bd66c1366f3d41560b5bc645bc6acc41e
/var/lib/dpkg/info/apt.list f 0644 0:0 size=11517 nlink=1 sha256=b0e4340b19ec775049b496b848f508ecacf1e9a804c72d2667149b70ac17143c
/var/lib/dpkg/info/apt.md5sums f 0644 0:0 size=13343 nlink=1 sha256=66a1329518d37e5d749b3a7763cac42c4b0393e2e9ad65facef79ca2fe5dcc50
/var/lib/dpkg/info/apt.postinst f 0755 0:0 size=2964 nlink=1 sha256=e305b2e6580bd834d88640a04d83706a8b6e9138424e7273b02e36606655b79d
/var/lib/dpkg/info/apt.postrm f 0755 0:0 size=1423 nlink=1 sha256=c71f7a7e66ec5f02d8e6a159c15043bbe6e6e11cfce980cf2d9ee33a5ebd2de0
/var/lib/dpkg/info/apt.preinst f 0755 0:0 size=347 nlink=1 sha256=6e251344a8a5379a8b4248a30ff85e687a612f5d91dfcfd9d5a39897735da6eb
/var/lib/dpkg/info/apt.prerm f 0755 0:0 size=608 nlink=1 sha256=bf104b90fcc5e4161a2d40440793340f639ec227a3b489dfa5ef6d47eaa88982
/var/lib/dpkg/info/apt.shlibs f 0644 0:0 size=34 nlink=1 sha256=c50b47cdf7ab487d3df297d998b629cd65999cb14555f2cde4a6e1fb38c53d8f
/var/lib/dpkg/info/apt.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/base-files.conffiles f 0644 0:0 size=114 nlink=1 sha256=4b3e9e5378d40d8d9e7c508b759513975ad83bf6faeaa3a1b1684c53931b8556
/var/lib/dpkg/info/base-files.list f 0644 0:0 size=1784 nlink=1 sha256=118f4dd6bafffcf46631dfc39de25abb0ce0d2f1f6b5ad2b122993f089bbcb87
/var/lib/dpkg/info/base-files.md5sums f 0644 0:0 size=1897 nlink=1 sha256=4a289988bb2d713edc723f8b0388b1409f10eeb700afc352135e1cc48793a643
/var/lib/dpkg/info/base-files.postinst f 0755 0:0 size=3136 nlink=1 sha256=9d835f80f3815b5e5f49034027e9126e40d74c725e11cd37d4ae95dc490d209f
/var/lib/dpkg/info/base-passwd.list f 0644 0:0 size=1132 nlink=1 sha256=3b61c897a85b37547941a346a61be22b85cc220e0472494822e15c90a8d0746d
/var/lib/dpkg/info/base-passwd.md5sums f 0644 0:0 size=1250 nlink=1 sha256=3c2aaf9073bc10fd09df7cc3822ec6109ff09faf928ddd71d8e6db10f06ec1b8
/var/lib/dpkg/info/base-passwd.postinst f 0755 0:0 size=2947 nlink=1 sha256=c372532e5cba8abf8fd60fba244ddb537fef4807ce0624698dafb4d21866710c
/var/lib/dpkg/info/base-passwd.postrm f 0755 0:0 size=213 nlink=1 sha256=4378805f88ee5fdda13518b75e68e555161b664eeee00d2c91d494038a327973
/var/lib/dpkg/info/base-passwd.preinst f 0755 0:0 size=1514 nlink=1 sha256=47f6f8ee55faa32f7ff23337772c05bfcc7c01aa0804e1ffeffd71ebff0e21b9
/var/lib/dpkg/info/base-passwd.templates f 0644 0:0 size=118420 nlink=1 sha256=2a21d3aa6521883b96c137f72f1ac687838560ffafb5ff72518cc5e0d1add82f
/var/lib/dpkg/info/bash.conffiles f 0644 0:0 size=77 nlink=1 sha256=547d1cf6291bce0dcc569f9caad2b7d204f42efb7a20047d86aa48e0c305a52f
/var/lib/dpkg/info/bash.list f 0644 0:0 size=4967 nlink=1 sha256=b2bcd6e89e19499fa747b78a80f8360f910d5d2f258c8bbfc570103a5c869272
/var/lib/dpkg/info/bash.md5sums f 0644 0:0 size=4581 nlink=1 sha256=fa7cc6983c54c2bb59a537e12f3fe601e83e24bc7bcdf6e77049539d10fbb0eb
/var/lib/dpkg/info/bash.postinst f 0755 0:0 size=486 nlink=1 sha256=4ee998c2d9d3b5f7bb6870a1c0be598c7e426d8af3efc2c89b5b175ec36e755c
/var/lib/dpkg/info/bash.postrm f 0755 0:0 size=209 nlink=1 sha256=9bee424a6f4b882ab48569e0cc488567786740db53a3bdca7175fbedbbf7933f
/var/lib/dpkg/info/bash.prerm f 0755 0:0 size=289 nlink=1 sha256=8d4c0e961f582ca7821cd5b81c8ba304a90f2ddfd6efd963f58cf6020eb2198a
/var/lib/dpkg/info/bsdutils.list f 0644 0:0 size=957 nlink=1 sha256=67d4c26edcd1ddbaa7a4ffd910d1334ba7d6844617a364d55a941bfba9e0db57
/var/lib/dpkg/info/bsdutils.md5sums f 0644 0:0 size=1467 nlink=1 sha256=3339840b157c8eeb23dbee32d979853134ecb303b450d6d3fc521f361cd859f4
/var/lib/dpkg/info/coreutils.list f 0644 0:0 size=12777 nlink=1 sha256=166d57e2dac19f5e1dac1bd93cb1439fe13711cd06a861c0587ae08b9b794789
/var/lib/dpkg/info/coreutils.md5sums f 0644 0:0 size=15775 nlink=1 sha256=1514e790fe53fd303d1007ebf0c5ec7d48b4362f207e07281794c820d5c2fb1d
/var/lib/dpkg/info/coreutils.postinst f 0755 0:0 size=136 nlink=1 sha256=c74c21800ef2a0462534b5a447e290b466832cfa81d631b5971578aa4a496faa
/var/lib/dpkg/info/coreutils.postrm f 0755 0:0 size=117 nlink=1 sha256=2efeae0a35844164b09d152a3d58e8b1d380aa4d4bd119dbc3938a90824b59ce
/var/lib/dpkg/info/dash.list f 0644 0:0 size=592 nlink=1 sha256=7c29eaf4a161e2e760b9a7862d60c8b7c9153c2f3df564ca79ddd1a19f0da85a
/var/lib/dpkg/info/dash.md5sums f 0644 0:0 size=706 nlink=1 sha256=d2623a88db3840b76bf614afb2035ca45a2a34983e23be0f6a52e5b47c367a03
/var/lib/dpkg/info/dash.postinst f 0755 0:0 size=3923 nlink=1 sha256=1fd7a9289596244eb37ce8219ad942a531d8c965b5822cc47d7cdfd996cd598f
/var/lib/dpkg/info/dash.postrm f 0755 0:0 size=1584 nlink=1 sha256=6373ac5f4d89ebb0d833006fac255b78bd632cd2b8923c5ddbbacaa25de297a0
/var/lib/dpkg/info/dash.prerm f 0755 0:0 size=417 nlink=1 sha256=11de3854a4e92fc8033b6589d368392ae34c89c96f5b45d90af1a676fa737db2
/var/lib/dpkg/info/debconf.conffiles f 0644 0:0 size=48 nlink=1 sha256=1980054721522ce9b99b3c1ea992a517b0ae93c7eebb9c502129c5f12ad928a8
/var/lib/dpkg/info/debconf.config f 0755 0:0 size=478 nlink=1 sha256=4f6cca919cf82b607d0ec001e451566c887383c41320d796021eee66b4473db2
/var/lib/dpkg/info/debconf.list f 0644 0:0 size=6831 nlink=1 sha256=685a03044ee16c8d47d5afea87f91a2055b71ac57851a0aeb46658af0739f371
/var/lib/dpkg/info/debconf.md5sums f 0644 0:0 size=10153 nlink=1 sha256=0f13063522eed70c90be93fb5ec9f2b9c79c4112f52cb938b40ed19c3e27c9f8
/var/lib/dpkg/info/debconf.postinst f 0755 0:0 size=60 nlink=1 sha256=a68350a8b685d1389704e246bcd25b25efaadda846d188ec4cd2ef7870636c10
/var/lib/dpkg/info/debconf.templates f 0644 0:0 size=143672 nlink=1 sha256=aaaadd23176d7a1b427c349b04c0ebf256fea0751e5a5c668a742d7f18be838b
/var/lib/dpkg/info/debian-archive-keyring.conffiles f 0644 0:0 size=561 nlink=1 sha256=f77c61e84488ef7a515812ba55012286aff19f2e702d082989a514a3b9712d0c
/var/lib/dpkg/info/debian-archive-keyring.list f 0644 0:0 size=1467 nlink=1 sha256=f4974df506e8018f866ac26b4b1653087929f77139e6f99fe0781a940fb98d27
/var/lib/dpkg/info/debian-archive-keyring.md5sums f 0644 0:0 size=1239 nlink=1 sha256=0a3264bd31e27b63c8bfe93f8f9163081c14cb34c3b4db0ea93581ef4cfdee3e
/var/lib/dpkg/info/debian-archive-keyring.postinst f 0755 0:0 size=3297 nlink=1 sha256=bf2c3d594623e16b440d8a80eb4a6badffc085d47b51b8a6b20408dee3de476d
/var/lib/dpkg/info/debian-archive-keyring.postrm f 0755 0:0 size=2796 nlink=1 sha256=c01acc31affa14ddf7f0f7aa6d7150db4488c790135765f5ca64c63923b9e630
/var/lib/dpkg/info/debian-archive-keyring.preinst f 0755 0:0 size=2680 nlink=1 sha256=e1e98cd3f11c0443681ec347f34763582ec16fee9d9f393e4d4f54aad131694b
/var/lib/dpkg/info/debian-archive-keyring.prerm f 0755 0:0 size=2680 nlink=1 sha256=e1e98cd3f11c0443681ec347f34763582ec16fee9d9f393e4d4f54aad131694b
/var/lib/dpkg/info/debianutils.list f 0644 0:0 size=3335 nlink=1 sha256=32ada2611155c65825daf24842b46528df98b95769d13ec52227dacfce9606fe
/var/lib/dpkg/info/debianutils.md5sums f 0644 0:0 size=4965 nlink=1 sha256=3db476e077681b295399fefc598ae1c354cb83456cef209200c280f94381bb10
/var/lib/dpkg/info/debianutils.postinst f 0755 0:0 size=1404 nlink=1 sha256=a29569bd90a26a6eb8338afefbd7772b9dec3200379896a3d2d523fcc7a134d8
/var/lib/dpkg/info/debianutils.postrm f 0755 0:0 size=302 nlink=1 sha256=04d57064e260c53fa3ee03ec7ce2f3b42efdcf755352cfa6b0dd983a68f7d918
/var/lib/dpkg/info/debianutils.prerm f 0755 0:0 size=131 nlink=1 sha256=149660db0f8a410d9b624bea7b185b41babefcdfccbf1df2845a8aa671bcc64f
/var/lib/dpkg/info/debianutils.triggers f 0644 0:0 size=49 nlink=1 sha256=3ce557d2c051964127472f4d1c6cdf13a789cd01f7e0454dec5225d7c9480255
/var/lib/dpkg/info/diffutils.list f 0644 0:0 size=3927 nlink=1 sha256=429f33b358e9800b815c228c0784b23d30445ac8966f18d8c6a86e1039ffc3d7
/var/lib/dpkg/info/diffutils.md5sums f 0644 0:0 size=3487 nlink=1 sha256=02d807dcaa3a4bdbee4c9c3978b66bcb99c7e489831a56375289bf9529f9b281
/var/lib/dpkg/info/dpkg.conffiles f 0644 0:0 size=117 nlink=1 sha256=1fa597ab4184eb9914de0677909ddeeb10acb4fa091578341cfdcaec60e3a867
/var/lib/dpkg/info/dpkg.list f 0644 0:0 size=10063 nlink=1 sha256=a11c42c54f25d90c41e42478756fe0aedf04f19d89160fa34f33c97e1ee0c907
/var/lib/dpkg/info/dpkg.md5sums f 0644 0:0 size=11555 nlink=1 sha256=05c419bfe5dd63d394527bce04e6cc2cb6c6b32535ddb1f78dc70249f7372e14
/var/lib/dpkg/info/dpkg.postinst f 0755 0:0 size=3953 nlink=1 sha256=2f3d6715ff26f9615ea9d10312a54fc48af53d95b09ff407f78ec367faca37e2
/var/lib/dpkg/info/dpkg.postrm f 0755 0:0 size=911 nlink=1 sha256=ad487e92076636795fec87e3156d38cfb53d7cce8a0d626b6b7ca1c66b381c93
/var/lib/dpkg/info/dpkg.prerm f 0755 0:0 size=282 nlink=1 sha256=2a32f93049106e3077f98c6c9d3f3e1861a129d0cdcf95fb6b56f142dffe12b9
/var/lib/dpkg/info/e2fsprogs.conffiles f 0644 0:0 size=59 nlink=1 sha256=43f9aa319b523b530b5bb31ffc760485c262ab897eed73800895629168e5adce
/var/lib/dpkg/info/e2fsprogs.list f 0644 0:0 size=2462 nlink=1 sha256=8cc7b1533ddcd63465f58959f18bb1c9bb5b001642af4ddd48cf7810eccd9d40
/var/lib/dpkg/info/e2fsprogs.md5sums f 0644 0:0 size=3459 nlink=1 sha256=ca5854f9ba9bef99ed5b7c5d00a9d07ddf4483af616c0d4e8c8306826746e9cf
/var/lib/dpkg/info/e2fsprogs.postinst f 0755 0:0 size=2401 nlink=1 sha256=b6d9039fec880922df6797ef741c3fdc9419947f7a2ac6863dd90e7fcef1f721
/var/lib/dpkg/info/e2fsprogs.postrm f 0755 0:0 size=472 nlink=1 sha256=0d9ee8b920baceb52978dba90d151fd7e0dbbef7d6468c6cf269de6269c3ca58
/var/lib/dpkg/info/e2fsprogs.preinst f 0755 0:0 size=259 nlink=1 sha256=0ac4873d936cbf6ea2c958b686aa5097f82306e1bd50fa6eff1b95337664dac1
/var/lib/dpkg/info/e2fsprogs.prerm f 0755 0:0 size=299 nlink=1 sha256=da794ba089ce3f7ffc2d22c7a58895530e88a0073ff1f106091c5391b079a529
/var/lib/dpkg/info/findutils.list f 0644 0:0 size=4596 nlink=1 sha256=9a54da3b46601ba857c754bbc635dd6ccd019c01d87c6718d61513776cbb07ac
/var/lib/dpkg/info/findutils.md5sums f 0644 0:0 size=4130 nlink=1 sha256=970deab83ab8c63661d548d472a9ffc99ee32623eec3daf7bdebffc1896a6918
/var/lib/dpkg/info/format f 0644 0:0 size=2 nlink=1 sha256=4355a46b19d348dc2f57c046f8ef63d4538ebb936000f3c9ee954a27460dd865
/var/lib/dpkg/info/gcc-12-base:amd64.list f 0644 0:0 size=234 nlink=1 sha256=33ce2fe6879843030db345586b1e803123d20eb26d66682c315597dc240603d8
/var/lib/dpkg/info/gcc-12-base:amd64.md5sums f 0644 0:0 size=305 nlink=1 sha256=ec8820d85310f7ca6f64c55c57e11fedc3aec8ba66a7a469d31611d6cd7d9122
/var/lib/dpkg/info/gpgv.list f 0644 0:0 size=280 nlink=1 sha256=fa4d4420c6b77df26e9b1b0a18411c1430ad18ef9dfbb5e833d8b5480954c598
/var/lib/dpkg/info/gpgv.md5sums f 0644 0:0 size=380 nlink=1 sha256=000bbe5041d93b2a63565cff81a5d13d303185627b9a53baa02068e5c7ddaca7
/var/lib/dpkg/info/grep.list f 0644 0:0 size=4917 nlink=1 sha256=c5026a704934cf929ba2aeebf59294d41a4f4e916056016f9484948fb1629b8f
/var/lib/dpkg/info/grep.md5sums f 0644 0:0 size=4219 nlink=1 sha256=e3ca7961f459456d2f9e320429a29a956a630902bd02132edd421b684a12ec17
/var/lib/dpkg/info/gzip.list f 0644 0:0 size=923 nlink=1 sha256=3ec70e83716c0d0cfa5a431f0a4acf15a359bb9f133345d599bf168767f5e1c9
/var/lib/dpkg/info/gzip.md5sums f 0644 0:0 size=1578 nlink=1 sha256=5351f77e5fb90d1060b2c812b5a84465e1591f31922edf4b05547a4c30b06199
/var/lib/dpkg/info/hostname.list f 0644 0:0 size=441 nlink=1 sha256=973b0a026b9bf3e8f808ddabef2ef585c67345cdd69f524f5aa51a9fb0ec25b4
/var/lib/dpkg/info/hostname.md5sums f 0644 0:0 size=251 nlink=1 sha256=361b6c64a4f77ae923fbe8926d3200f313047199fd3bfde7e6719c6aab146fa8
/var/lib/dpkg/info/init-system-helpers.list f 0644 0:0 size=1030 nlink=1 sha256=bb383ad3073a80049b70be2ae9c18eb9a38a174fb04081d0e9b46b1145039bef
/var/lib/dpkg/info/init-system-helpers.md5sums f 0644 0:0 size=1142 nlink=1 sha256=144b982a1d96546e1d4f60038da44a7a492d7f9d8b5c869003a6379c2c577efa
/var/lib/dpkg/info/init-system-helpers.postinst f 0755 0:0 size=526 nlink=1 sha256=22b1db010859db57c9bbc2ff275774375204043884a79f9b55368b21a7d46006
/var/lib/dpkg/info/libacl1:amd64.list f 0644 0:0 size=372 nlink=1 sha256=a846126dcae348b0c02b0786172a507c139262c5af36fceb05027e823f799361
/var/lib/dpkg/info/libacl1:amd64.md5sums f 0644 0:0 size=359 nlink=1 sha256=858820ad4a3ec7598a0accbcf7206af2474f07abe0c67abc492d7f4180f952b3
/var/lib/dpkg/info/libacl1:amd64.shlibs f 0644 0:0 size=67 nlink=1 sha256=9e5a90819e855be9837081fe183b021b88dceb7e6093baf4aaed2e885013b6e5
/var/lib/dpkg/info/libacl1:amd64.symbols f 0644 0:0 size=1370 nlink=1 sha256=b88629058da234344f3921ef98e9a41e9ec2ea539e71ddd49ee73f525430911c
/var/lib/dpkg/info/libacl1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libapt-pkg6.0:amd64.list f 0644 0:0 size=4833 nlink=1 sha256=bc7ce5c56a0fb88a9157d4f43f3a6086a1c9d7be989ff3c0e5106274221601f3
/var/lib/dpkg/info/libapt-pkg6.0:amd64.md5sums f 0644 0:0 size=3882 nlink=1 sha256=8ccbf3d4bd4f16752400d0691d49a2511e5efb4f4550f6eca9b98b3faf678d86
/var/lib/dpkg/info/libapt-pkg6.0:amd64.shlibs f 0644 0:0 size=40 nlink=1 sha256=95b5a5f3fc7f3dc6a5ca8bc08112d256bfa2da1d61df740e43407cfdd34d4bc1
/var/lib/dpkg/info/libapt-pkg6.0:amd64.symbols f 0644 0:0 size=126316 nlink=1 sha256=bbe131d577b91c54394ed42895cd118b24eb2289cdbb363cac9aaa9f38fb82c7
/var/lib/dpkg/info/libapt-pkg6.0:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libattr1:amd64.conffiles f 0644 0:0 size=16 nlink=1 sha256=d359ef22e3d78ab9baf0ca82354e916895e45ee5c2ca0db5346fd8555f39c9fd
/var/lib/dpkg/info/libattr1:amd64.list f 0644 0:0 size=400 nlink=1 sha256=56cef09497d9a350d3ac82b6b0dcb216c219ac2e29c424df9c1d807b83932cb1
/var/lib/dpkg/info/libattr1:amd64.md5sums f 0644 0:0 size=364 nlink=1 sha256=3d7bdabe6e742c5c309c66a9706abf18837e52d9d1d37f955e6d158f635f0b3c
/var/lib/dpkg/info/libattr1:amd64.shlibs f 0644 0:0 size=77 nlink=1 sha256=295dbe5aa9c9f28759e19ce87978fae0996334eb303f79fa414723f7cbb5be30
/var/lib/dpkg/info/libattr1:amd64.symbols f 0644 0:0 size=983 nlink=1 sha256=2c7fff44da13cf47b7bca6325033a9f98f940b61fa642403227c44835cb3e335
/var/lib/dpkg/info/libattr1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libaudit-common.conffiles f 0644 0:0 size=19 nlink=1 sha256=e59079facf60922dd9bef9974c852e6ad3315ca2639141786bb268e8e877bec3
/var/lib/dpkg/info/libaudit-common.list f 0644 0:0 size=299 nlink=1 sha256=809f79c7732df66a7252edea0a4ef3388b43e122fedd8a27bf0a90a059c5c3d8
/var/lib/dpkg/info/libaudit-common.md5sums f 0644 0:0 size=307 nlink=1 sha256=b4568d64e1bc931cdfc19f590e900ad1acb68060c095eb4d9ebb452866c4ed7d
/var/lib/dpkg/info/libaudit1:amd64.list f 0644 0:0 size=280 nlink=1 sha256=af8c5c402019fb6f8eb0afeb14b68d25173855aab601b50c3fedeede3f1bbab5
/var/lib/dpkg/info/libaudit1:amd64.md5sums f 0644 0:0 size=290 nlink=1 sha256=8df44683154dedc27000f970af0e026df7ba251bf1b24dec968e5bc0f948457c
/var/lib/dpkg/info/libaudit1:amd64.shlibs f 0644 0:0 size=34 nlink=1 sha256=fe7214d29d0ab9122febc2c34d8afd427463fbead50e032da7c245de608f43c2
/var/lib/dpkg/info/libaudit1:amd64.symbols f 0644 0:0 size=3005 nlink=1 sha256=7c081f4b9bb87acfdbc35f966fb5ae66c266a6f4f65af83acffb915b8ac8f840
/var/lib/dpkg/info/libaudit1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libblkid1:amd64.list f 0644 0:0 size=383 nlink=1 sha256=0138a48911671f49504f591592421fd212db7428ea048391e52c94cbc8e32144
/var/lib/dpkg/info/libblkid1:amd64.md5sums f 0644 0:0 size=366 nlink=1 sha256=365c033f06f173a575b340b57f66d8b126153a94282d8e4abcc56026e357be08
/var/lib/dpkg/info/libblkid1:amd64.shlibs f 0644 0:0 size=73 nlink=1 sha256=d57b22cfdf34da13b9f2bb4e475095d73569c124388614a56693d12ebfe3e64e
/var/lib/dpkg/info/libblkid1:amd64.symbols f 0644 0:0 size=5076 nlink=1 sha256=a637ded1a56b458ac756854bceedd50e7d6ed8478b66ad0767be414c92490910
/var/lib/dpkg/info/libblkid1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libbz2-1.0:amd64.list f 0644 0:0 size=368 nlink=1 sha256=94b485209f4f3818e519311f58edd1aeee30b43fa50d325257ef5c0e7afef975
/var/lib/dpkg/info/libbz2-1.0:amd64.md5sums f 0644 0:0 size=376 nlink=1 sha256=b53c2e0a59fb40bd903138f9230dabf11dd83540c98b745174469224708bae0e
/var/lib/dpkg/info/libbz2-1.0:amd64.shlibs f 0644 0:0 size=22 nlink=1 sha256=a48a7878642bc8269876a391a88dd3be02eeff425924be9462c4306ecccbcb20
/var/lib/dpkg/info/libbz2-1.0:amd64.triggers f 0644 0:0 size=67 nlink=1 sha256=c7e165d8d60fbf5fb602cb11d51cb67bf14590b69fdc9af6c56670288e5fa613
/var/lib/dpkg/info/libc-bin.conffiles f 0644 0:0 size=103 nlink=1 sha256=ed1819b3573af7f7dfa94bc34567884dce8f5fabd0ae065a646d4f23d28ade32
/var/lib/dpkg/info/libc-bin.list f 0644 0:0 size=1336 nlink=1 sha256=f285066634c14bf644abae155cc1b12260cce7dee8da6f74161fbebb2b98c3ee
/var/lib/dpkg/info/libc-bin.md5sums f 0644 0:0 size=1900 nlink=1 sha256=534dad1bdd37252497598238c3eca42cb08c523cab1a8267c95646bcbc5fdef3
/var/lib/dpkg/info/libc-bin.postinst f 0755 0:0 size=847 nlink=1 sha256=3daa7e3ffd429c1d77287f0fc840a490a607697906d2303452f70578647ce0d4
/var/lib/dpkg/info/libc-bin.triggers f 0644 0:0 size=440 nlink=1 sha256=c3d6b5df131336e54c31dc5687929467de7abea5c5798e3d6a6b2a64ef971fd4
/var/lib/dpkg/info/libc6:amd64.conffiles f 0644 0:0 size=40 nlink=1 sha256=a59a14914231cc9a833ba49b14308e57b755236ff70bc3b0c4ee77b2bd34eed8
/var/lib/dpkg/info/libc6:amd64.list f 0644 0:0 size=12564 nlink=1 sha256=6882fc253f04ea102718fa83feccde2ea9dedbc14cb7850bfb5fb14a26af8c6d
/var/lib/dpkg/info/libc6:amd64.md5sums f 0644 0:0 size=21593 nlink=1 sha256=5c6fb35e098552710b89b838f813179e3932e170506f01d46d609d99e951c4bc
/var/lib/dpkg/info/libc6:amd64.postinst f 0755 0:0 size=8660 nlink=1 sha256=21a471a4fb29dd983b61999088fa3d26b892147f729049db648eb839a464beda
/var/lib/dpkg/info/libc6:amd64.postrm f 0755 0:0 size=809 nlink=1 sha256=1a4690d39162ca4316e6ec31b296edc0c594017870e296f2a8d499280a5a64a6
/var/lib/dpkg/info/libc6:amd64.preinst f 0755 0:0 size=13916 nlink=1 sha256=77692462251006a8b8161b442c5b0b75b9580d70fd3d85c066a5c9a412c1ce9b
/var/lib/dpkg/info/libc6:amd64.shlibs f 0644 0:0 size=930 nlink=1 sha256=eb5f336ba3a42581794920542618f198ecae9ab6a5757cb12893d2fb9f6979dd
/var/lib/dpkg/info/libc6:amd64.symbols f 0644 0:0 size=151762 nlink=1 sha256=a55b484f2fc0c017692d68b792ac96a821c0f74731bf6b00fdd7fd5949ad370d
/var/lib/dpkg/info/libc6:amd64.templates f 0644 0:0 size=93514 nlink=1 sha256=c19bac8bab6a3dd478d766b8fe1ac12abfe2697420a1f42a9f188cb86370f5a3
/var/lib/dpkg/info/libc6:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libcap-ng0:amd64.list f 0644 0:0 size=428 nlink=1 sha256=612af541ab6b6d68751a1ead44f3ffb3b9686cd4222208ca4613f040e25033c0
/var/lib/dpkg/info/libcap-ng0:amd64.md5sums f 0644 0:0 size=459 nlink=1 sha256=d28ee148164994050ac92d82adc39c29ce185bf4cca4676b0d2c34aaf2ce6d4d
/var/lib/dpkg/info/libcap-ng0:amd64.shlibs f 0644 0:0 size=74 nlink=1 sha256=70671cecf1d34bded89807cef8550bd9c14bb932c59960ec6ee364e49a48cbc0
/var/lib/dpkg/info/libcap-ng0:amd64.symbols f 0644 0:0 size=846 nlink=1 sha256=52a5638a0eb90cc66532264ed9e6c11d5024f9a38d11f0f786f31d4416e1d126
/var/lib/dpkg/info/libcap-ng0:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libcap2:amd64.list f 0644 0:0 size=387 nlink=1 sha256=a8284688db7de2c0b8ead70c81e3572c9052f68ee7ba1994c629529327a754fc
/var/lib/dpkg/info/libcap2:amd64.md5sums f 0644 0:0 size=433 nlink=1 sha256=9d77adf329cc1503b6420abdaa01ac5f922c862e116519cd34638623f93e0d0f
/var/lib/dpkg/info/libcap2:amd64.shlibs f 0644 0:0 size=138 nlink=1 sha256=08d28a005f42fb0b90159522ba2a967f4ce63d66a4896f739cde148309f0b3f7
/var/lib/dpkg/info/libcap2:amd64.symbols f 0644 0:0 size=2347 nlink=1 sha256=0dee9b74cf58b3943e5a14fe57874077d7182b17516109a7311b1a6bcaf1bb1d
/var/lib/dpkg/info/libcap2:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libcom-err2:amd64.list f 0644 0:0 size=303 nlink=1 sha256=7fc52c95a1b7c57e331d1ff25d4ebc12b35cdf4908a4f1f9362022ada95177bf
/var/lib/dpkg/info/libcom-err2:amd64.md5sums f 0644 0:0 size=309 nlink=1 sha256=0786d56d8a69abd1266fcbe0c9efffd6e4d460a4ec0fedb9debbd5b1f0e2985e
/var/lib/dpkg/info/libcom-err2:amd64.shlibs f 0644 0:0 size=83 nlink=1 sha256=246739e15eb817b6607ab8f8cc168c46e206ec0b04c864669da0cfde4baf32dc
/var/lib/dpkg/info/libcom-err2:amd64.symbols f 0644 0:0 size=641 nlink=1 sha256=bc43ff3a4cdd3e548b2174c857deb98faa468ff1e7706472cf6e6a521dbac6c8
/var/lib/dpkg/info/libcom-err2:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libcrypt1:amd64.list f 0644 0:0 size=280 nlink=1 sha256=ec13bdf7db55c7016da88efa618ab7ed395c9260aa2ca9fe8454d43a35e92a91
/var/lib/dpkg/info/libcrypt1:amd64.md5sums f 0644 0:0 size=290 nlink=1 sha256=ecc0fdab421535d5f6f53031e7ea8d55433712bb5bc5dbd41c30cc2b49ade1b8
/var/lib/dpkg/info/libcrypt1:amd64.shlibs f 0644 0:0 size=81 nlink=1 sha256=a849774c407f94ffaced79b61396025f2929fd69b4e62203e2192763412e46ba
/var/lib/dpkg/info/libcrypt1:amd64.symbols f 0644 0:0 size=862 nlink=1 sha256=522e9376d174d245e6a944d4f05143f5cf0391940d7f172256f9876bf2a6a4dd
/var/lib/dpkg/info/libcrypt1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libdb5.3:amd64.list f 0644 0:0 size=346 nlink=1 sha256=3d4faca15ced03057f8bc69053d5e2e67c00703abfcf93632139571546ad916f
/var/lib/dpkg/info/libdb5.3:amd64.md5sums f 0644 0:0 size=370 nlink=1 sha256=3c2b3e9fc015717032ab26870e32c59d373969b1c304478593249332ae0ebea9
/var/lib/dpkg/info/libdb5.3:amd64.shlibs f 0644 0:0 size=19 nlink=1 sha256=43a64578438bcbe0fa74ce2478b2f913223f79a3f76d18a41a389ec6d7e509d3
/var/lib/dpkg/info/libdb5.3:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libdebconfclient0:amd64.list f 0644 0:0 size=291 nlink=1 sha256=91c1e72cb0d152067397a31ea09d54b6593c93164a399b8f6be9a0bcddb9e5d0
/var/lib/dpkg/info/libdebconfclient0:amd64.md5sums f 0644 0:0 size=240 nlink=1 sha256=bab8e971932cf4897c35a9ccbd8eb3e0e839bb8a20bcd360fc2491a74d26afec
/var/lib/dpkg/info/libdebconfclient0:amd64.shlibs f 0644 0:0 size=107 nlink=1 sha256=ce2933bd7b08f44984a407167ef8bd8a7bd9cac4c9d7518a5b562b67072c0996
/var/lib/dpkg/info/libdebconfclient0:amd64.symbols f 0644 0:0 size=143 nlink=1 sha256=e237639741b96561a9a2b619cf681517370df3a03896fa12b247be2b529827a0
/var/lib/dpkg/info/libdebconfclient0:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libext2fs2:amd64.list f 0644 0:0 size=367 nlink=1 sha256=e0fd3f590f63e1b68c6b6f66da42ca750c11e0201a26ae527bf6a87a4a8bc1c9
/var/lib/dpkg/info/libext2fs2:amd64.md5sums f 0644 0:0 size=374 nlink=1 sha256=7cda71410d888f154dccfee2e939876e0b5021d7e136d6f099a336dd5040aae4
/var/lib/dpkg/info/libext2fs2:amd64.shlibs f 0644 0:0 size=154 nlink=1 sha256=d169dc99624a6886791de642adfe4d58bbc68a64edf1f6ceca2ff1df11c7c3a3
/var/lib/dpkg/info/libext2fs2:amd64.symbols f 0644 0:0 size=24689 nlink=1 sha256=41ad52d448928f8089878c6cfe11d9d1dc0db823dfac2a2a48cf20ba19e7ef02
/var/lib/dpkg/info/libext2fs2:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libffi8:amd64.list f 0644 0:0 size=248 nlink=1 sha256=ff7bc0511c632eb085ccda5323a4c18f0049a3eb2724544e519d7a007812bba4
/var/lib/dpkg/info/libffi8:amd64.md5sums f 0644 0:0 size=217 nlink=1 sha256=3f37dca21d8dcdfab897cfbb336ab3da4fd36c0552357eadac3d8dadf66abd72
/var/lib/dpkg/info/libffi8:amd64.shlibs f 0644 0:0 size=45 nlink=1 sha256=2f23815a23d49c38e919cbb48429766efb602b37a508d24609fdcddec5b0784f
/var/lib/dpkg/info/libffi8:amd64.symbols f 0644 0:0 size=1748 nlink=1 sha256=4ceda0da7cdf53a3c45e145aa9ee216f6efe4b045c28a287d7f673e9bd27b29a
/var/lib/dpkg/info/libffi8:amd64.triggers f 0644 0:0 size=66 nlink=1 sha256=51f5be62283c451f6f4bff5aa7129619a928165707426bd1ad0d5335586a0116
/var/lib/dpkg/info/libgcc-s1:amd64.list f 0644 0:0 size=209 nlink=1 sha256=2c71e68ef07b7e8dfe35238baeedac66eed39b89800b52ee4aa450b11351dffb
/var/lib/dpkg/info/libgcc-s1:amd64.md5sums f 0644 0:0 size=141 nlink=1 sha256=f9302ab1aebb988f7e8321d1d1fc395bd1ab6dd387b2316b3c0930b216792418
/var/lib/dpkg/info/libgcc-s1:amd64.shlibs f 0644 0:0 size=21 nlink=1 sha256=129044530cd4b04ede35d89ac0477b64ce3e56c2c27d90985c380439332cf223
/var/lib/dpkg/info/libgcc-s1:amd64.symbols f 0644 0:0 size=4622 nlink=1 sha256=9fa6a7eca3c3abe1069945a7ace060ca5a5c07b1146790a3cfe375961da38ada
/var/lib/dpkg/info/libgcc-s1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libgcrypt20:amd64.list f 0644 0:0 size=530 nlink=1 sha256=45841c880069b85784ca6795b9c909cfc1eac9971aae7d70d5283751507e91b2
/var/lib/dpkg/info/libgcrypt20:amd64.md5sums f 0644 0:0 size=666 nlink=1 sha256=55d84ab9878acef9d7b765c6c0f01a6aa078a64ef2e2cdc5ba21fe0e3dcd5b6c
/var/lib/dpkg/info/libgcrypt20:amd64.postinst f 0755 0:0 size=331 nlink=1 sha256=b8ccd8524c389b644c072df2e66b376ec243c8c9159b9b6be66136f94be9a687
/var/lib/dpkg/info/libgcrypt20:amd64.shlibs f 0644 0:0 size=85 nlink=1 sha256=438ecb06df6229308b1ba508e1d9376d56004d0b763baaa84ccadcd64e083c7e
/var/lib/dpkg/info/libgcrypt20:amd64.symbols f 0644 0:0 size=8019 nlink=1 sha256=7ce9bd471ec39e13ede5f7e28d6faaec3145422fcbb8ad696c295eea4cde90b1
/var/lib/dpkg/info/libgcrypt20:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libgmp10:amd64.list f 0644 0:0 size=328 nlink=1 sha256=26e43d53dfbf65c362d5b759e4d7fd041625c9c2ff1140e177c235111b80740c
/var/lib/dpkg/info/libgmp10:amd64.md5sums f 0644 0:0 size=361 nlink=1 sha256=5284a203f76eecb7db4691517db9a88bf7f0d14def7f61699a4ceab2e02fd5d5
/var/lib/dpkg/info/libgmp10:amd64.shlibs f 0644 0:0 size=38 nlink=1 sha256=02721100dc4bf7de6db05221d5354754a03f9c03d9ef5cfd8260f36c060bda39
/var/lib/dpkg/info/libgmp10:amd64.triggers f 0644 0:0 size=67 nlink=1 sha256=c7e165d8d60fbf5fb602cb11d51cb67bf14590b69fdc9af6c56670288e5fa613
/var/lib/dpkg/info/libgnutls30:amd64.list f 0644 0:0 size=2319 nlink=1 sha256=a3d755e2ee9f953c1c001c569b6ff8cc45c135952f0502a3476e9f5a131ee800
/var/lib/dpkg/info/libgnutls30:amd64.md5sums f 0644 0:0 size=2070 nlink=1 sha256=2599e81b1688fb734504ec29ae62bd9228ca39a9d5a0dcc35a936db8ed7eb667
/var/lib/dpkg/info/libgnutls30:amd64.shlibs f 0644 0:0 size=38 nlink=1 sha256=4af2ae5fb51250e129a44d8b4bddecf4c2a34eb8b45633c6c48ad847f31bb293
/var/lib/dpkg/info/libgnutls30:amd64.symbols f 0644 0:0 size=65565 nlink=1 sha256=f0f72950a808880d827f52543f6978b1dbbe75da67d82068e06b837501edc292
/var/lib/dpkg/info/libgnutls30:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libgpg-error0:amd64.list f 0644 0:0 size=344 nlink=1 sha256=1fd115e4086493ff6e19fe0130d0e0d83e62fdfb1e2f474af4783c8dedb2c686
/var/lib/dpkg/info/libgpg-error0:amd64.md5sums f 0644 0:0 size=379 nlink=1 sha256=e04f316af1d230c4cf545c2a54a7c88d2ef268a243616223cad20027a3deea89
/var/lib/dpkg/info/libgpg-error0:amd64.shlibs f 0644 0:0 size=89 nlink=1 sha256=a740ae4dd1c20d91ea7fe571058a3cca330e4cf68d9aebe56a6b078472ddb0c9
/var/lib/dpkg/info/libgpg-error0:amd64.symbols f 0644 0:0 size=5948 nlink=1 sha256=1d70ead6f44bb4e9ffaca8f19f2fbc6474975ba23e41ff0a5a8688be45c273ab
/var/lib/dpkg/info/libgpg-error0:amd64.triggers f 0644 0:0 size=66 nlink=1 sha256=51f5be62283c451f6f4bff5aa7129619a928165707426bd1ad0d5335586a0116
/var/lib/dpkg/info/libhogweed6:amd64.list f 0644 0:0 size=306 nlink=1 sha256=07018a90bf404ed3cf1581dc43c3bf9a2c9f49b0c1cfee7bd51cd65db21aaf5f
/var/lib/dpkg/info/libhogweed6:amd64.md5sums f 0644 0:0 size=300 nlink=1 sha256=7ca1ee4cc465d770bdab87f991b18d9e5063a31bc2fdc3982aa8e01111ab08fd
/var/lib/dpkg/info/libhogweed6:amd64.shlibs f 0644 0:0 size=36 nlink=1 sha256=64a3a6da4e7cb0299c2a55dc1c794f598837142cad6c20bb5b61717062491ccd
/var/lib/dpkg/info/libhogweed6:amd64.symbols f 0644 0:0 size=12783 nlink=1 sha256=2706498c02f49ba4fdc84d4a9859b7b9ce2b69437a246fd5aa9af7d84bb3a9cf
/var/lib/dpkg/info/libhogweed6:amd64.triggers f 0644 0:0 size=65 nlink=1 sha256=cac85cde5d75b8eb737d273122a43adc5a0c9e9275312e35cd592b97f8ada54b
/var/lib/dpkg/info/libidn2-0:amd64.list f 0644 0:0 size=2927 nlink=1 sha256=5a42eeabe07243acfef20b410936eac3f33d5b562b47b96614a3d2b3c21a3f9b
/var/lib/dpkg/info/libidn2-0:amd64.md5sums f 0644 0:0 size=2507 nlink=1 sha256=31cc01345536c2f05f31411891bc83bbdc463c78412f75626b16168a34fe2b6b
/var/lib/dpkg/info/libidn2-0:amd64.shlibs f 0644 0:0 size=31 nlink=1 sha256=f8746c3a7483d77354b59424a7c5368fed67f6913ed21273ed5d86c11b71a7b8
/var/lib/dpkg/info/libidn2-0:amd64.symbols f 0644 0:0 size=864 nlink=1 sha256=20111acdd8c2d7ad2b6a0a7e6a8cfb0b86711ed220ce77ecf87cc0600d3a32f8
/var/lib/dpkg/info/libidn2-0:amd64.triggers f 0644 0:0 size=65 nlink=1 sha256=0faec520344624955fa4f457c63776ae3447884d9386265b165e71e55148a94d
/var/lib/dpkg/info/liblz4-1:amd64.list f 0644 0:0 size=251 nlink=1 sha256=89399adb2b0fba3a5893805925608bd76a2036aa1f9a645773cd5e262e22e57e
/var/lib/dpkg/info/liblz4-1:amd64.md5sums f 0644 0:0 size=219 nlink=1 sha256=2769db8cb482ac7f3250507de9dde00b49ff12eaaa5d40e703b8568818b39db3
/var/lib/dpkg/info/liblz4-1:amd64.shlibs f 0644 0:0 size=29 nlink=1 sha256=ae83c2a4979f13f706df5251eda7ca8b78e97471fae04074054884779acc38da
/var/lib/dpkg/info/liblz4-1:amd64.symbols f 0644 0:0 size=4015 nlink=1 sha256=05d60e0f2e76f3358d5434f8eba0e392b5ee6f7517b86251d5f4bb53eba9c97b
/var/lib/dpkg/info/liblz4-1:amd64.triggers f 0644 0:0 size=65 nlink=1 sha256=0faec520344624955fa4f457c63776ae3447884d9386265b165e71e55148a94d
/var/lib/dpkg/info/liblzma5:amd64.list f 0644 0:0 size=369 nlink=1 sha256=dd81f783ebefe243e8efefac6be77268a04e685e1a22847500c55524ebcf59d4
/var/lib/dpkg/info/liblzma5:amd64.md5sums f 0644 0:0 size=480 nlink=1 sha256=a4187d91192bb26b81a61baf70a874787cad154600896a2ada4ed81ace276cd2
/var/lib/dpkg/info/liblzma5:amd64.shlibs f 0644 0:0 size=30 nlink=1 sha256=d8eb260ff1bf3ac5ab5bcdc177974cd195004b67c9b82a8401392e6158782be4
/var/lib/dpkg/info/liblzma5:amd64.symbols f 0644 0:0 size=5560 nlink=1 sha256=079b160ca305831ade845dc1379f742652cefd34951ff9a7dd4747784ce3eff6
/var/lib/dpkg/info/liblzma5:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libmd0:amd64.list f 0644 0:0 size=278 nlink=1 sha256=df1a8792d9e3ba2e05988c6dc486b9846736368307a5abbe9e4feee877345d7f
/var/lib/dpkg/info/libmd0:amd64.md5sums f 0644 0:0 size=282 nlink=1 sha256=81ebcb306cf3600c92b630fbf2405740a24681ea2d26f4bfd796a74bc174f3fe
/var/lib/dpkg/info/libmd0:amd64.shlibs f 0644 0:0 size=63 nlink=1 sha256=6386e34d40dec6cd14891e2eec4d157a36b3dc5b5b245b1fbf5ebed583033b00
/var/lib/dpkg/info/libmd0:amd64.symbols f 0644 0:0 size=2070 nlink=1 sha256=66261f823df633145ad8d3c78e1f4a53b8d245f8c0cb72314bcb1215758f3ed8
/var/lib/dpkg/info/libmd0:amd64.triggers f 0644 0:0 size=65 nlink=1 sha256=cac85cde5d75b8eb737d273122a43adc5a0c9e9275312e35cd592b97f8ada54b
/var/lib/dpkg/info/libmount1:amd64.list f 0644 0:0 size=383 nlink=1 sha256=921bbc95f064d0bf37254a3824488652ee61fb1a4efe6f3865b700022fa8bbcc
/var/lib/dpkg/info/libmount1:amd64.md5sums f 0644 0:0 size=366 nlink=1 sha256=336900c2aa170abad89d9c73be2aac349a5330babb316a7c17e9aad9bee28c3a
/var/lib/dpkg/info/libmount1:amd64.shlibs f 0644 0:0 size=73 nlink=1 sha256=e80f884f534da52064e7603bdefd6c5549950a79808f6cd74d455d424797add6
/var/lib/dpkg/info/libmount1:amd64.symbols f 0644 0:0 size=12566 nlink=1 sha256=39ca850ec04248d50feec00a26db5495d0abb43df2277470907f5cac4dd4d33a
/var/lib/dpkg/info/libmount1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libnettle8:amd64.list f 0644 0:0 size=367 nlink=1 sha256=48a106eda5a64372fb9cceaf995b1d2080454dc69dbf48d609bb603ab3ae83e8
/var/lib/dpkg/info/libnettle8:amd64.md5sums f 0644 0:0 size=429 nlink=1 sha256=bc026f4614cb5937ef33a5e72e3e3953a0e1f5c2a71c50e869d61a6afe1a824b
/var/lib/dpkg/info/libnettle8:amd64.shlibs f 0644 0:0 size=34 nlink=1 sha256=2b351bc135bbb23a9a7782e9a5cb0b267ed895e574ac88e5dc94f7bfc7aded64
/var/lib/dpkg/info/libnettle8:amd64.symbols f 0644 0:0 size=21037 nlink=1 sha256=8d852d429e87e51ffda6da9903a45a1b685d3815d7c5aa2c9e5db1843d656765
/var/lib/dpkg/info/libnettle8:amd64.triggers f 0644 0:0 size=65 nlink=1 sha256=cac85cde5d75b8eb737d273122a43adc5a0c9e9275312e35cd592b97f8ada54b
/var/lib/dpkg/info/libp11-kit0:amd64.list f 0644 0:0 size=400 nlink=1 sha256=e64ae7cd6264d5a266fc92b2f30564da53b9a074f6b99b871a86e65fa2b96c4e
/var/lib/dpkg/info/libp11-kit0:amd64.md5sums f 0644 0:0 size=391 nlink=1 sha256=318d6e7a4fe36ba613708dd81f0badee850d44fed62bb26981ac427182ede95b
/var/lib/dpkg/info/libp11-kit0:amd64.shlibs f 0644 0:0 size=37 nlink=1 sha256=c3f71c0ec293310e74780c29d60201dc0dfe446d4c806fdd58173f449306cc22
/var/lib/dpkg/info/libp11-kit0:amd64.symbols f 0644 0:0 size=5206 nlink=1 sha256=d67f16a8ac37d85217ef9de102a31ef456fbef87ef610e56f335f895fa7b62d8
/var/lib/dpkg/info/libp11-kit0:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=86b7d09e8c72f6d7a2198cdcae33b778a2b344f0c548e4e8fbc9b07c3a9a645f
/var/lib/dpkg/info/libpam-modules-bin.list f 0644 0:0 size=1003 nlink=1 sha256=9479f7ee58a56343e6f371528ff1ba3938d044382f6a07e7b759fa0fd47a8dc6
/var/lib/dpkg/info/libpam-modules-bin.md5sums f 0644 0:0 size=1459 nlink=1 sha256=f321a73e327742694e9f3adc861dbc3df954b59e5f1a159e4f83f0972f65f7fa
/var/lib/dpkg/info/libpam-modules:amd64.conffiles f 0644 0:0 size=242 nlink=1 sha256=cc4abd1ee251c114dedf1bc3980d51764920167f4cd5cfacc153cd81a3e05c7a
/var/lib/dpkg/info/libpam-modules:amd64.list f 0644 0:0 size=4821 nlink=1 sha256=39250bd952cb118ad97be67c852dda9dd926953a70d2c77701dde6efd8f9b540
/var/lib/dpkg/info/libpam-modules:amd64.md5sums f 0644 0:0 size=7603 nlink=1 sha256=d3c340ee2d7dcb3bdd23d2b445fa42c7763b0d31c4a90495c3cf9cae0c320820
/var/lib/dpkg/info/libpam-modules:amd64.postinst f 0755 0:0 size=451 nlink=1 sha256=35c3c5ed8aa0db4849cde8bb585a6a86736e4894ef2983002dbd037408c13c44
/var/lib/dpkg/info/libpam-modules:amd64.postrm f 0755 0:0 size=214 nlink=1 sha256=8e622685856c346b0521806b2e151a2e91206b4f4f11d51759c05a8246370e93
/var/lib/dpkg/info/libpam-modules:amd64.preinst f 0755 0:0 size=1423 nlink=1 sha256=87c5a9bcde481ad65bb699df2693b69756622e6d0a6592b2f2d5d881b97e0580
/var/lib/dpkg/info/libpam-modules:amd64.templates f 0644 0:0 size=25054 nlink=1 sha256=8d0c9f47fd78982b51f797ed411eb9217a9204b37961a7e1bdb4194eb45987cf
/var/lib/dpkg/info/libpam-runtime.conffiles f 0644 0:0 size=31 nlink=1 sha256=0e5df5e3149674007ef3a300996163a4d8692d21dabe9df527cf6a07e3abd65d
/var/lib/dpkg/info/libpam-runtime.list f 0644 0:0 size=9471 nlink=1 sha256=973559e42e4919de5bcf926fb045bcd85dd650fae44eaa7978065b685e4fb595
/var/lib/dpkg/info/libpam-runtime.md5sums f 0644 0:0 size=8034 nlink=1 sha256=296430bf0b9eb63359d152af28b535f121d0b4585a1d49d580be97fb19b09d3d
/var/lib/dpkg/info/libpam-runtime.postinst f 0755 0:0 size=1196 nlink=1 sha256=df5d1ba9ea9787e230eee0a0a8feaee02265cc30485b6bd9f6828bbedb4eb401
/var/lib/dpkg/info/libpam-runtime.postrm f 0755 0:0 size=627 nlink=1 sha256=fb130dd680ae19796300ca604c3632c08bd56ec6385606dbd33b5fa482d31229
/var/lib/dpkg/info/libpam-runtime.prerm f 0755 0:0 size=777 nlink=1 sha256=bc0642a144204182b6a437947679bdbe86c62febc44700aec5a27a4d43a49727
/var/lib/dpkg/info/libpam-runtime.templates f 0644 0:0 size=36681 nlink=1 sha256=093e7515d3e53896d713472fb78156d96e09a8f2a61026b19cb71f5de58a56de
/var/lib/dpkg/info/libpam0g:amd64.list f 0644 0:0 size=710 nlink=1 sha256=fcb0a98f3cad8d281a2e2ddfc5ad903fecc7deb44a4016e7d663d0beaec8d9cf
/var/lib/dpkg/info/libpam0g:amd64.md5sums f 0644 0:0 size=865 nlink=1 sha256=bc09b69e8f791ca90be9facbda9ad9b32d9ce69ee40b48ab9c6b4e9b7d1a7f81
/var/lib/dpkg/info/libpam0g:amd64.postinst f 0755 0:0 size=6008 nlink=1 sha256=115eb8d446552fa63d3dff297ab1c69c065c44a50f7dd69c34284c8991b589c6
/var/lib/dpkg/info/libpam0g:amd64.postrm f 0755 0:0 size=214 nlink=1 sha256=8e622685856c346b0521806b2e151a2e91206b4f4f11d51759c05a8246370e93
/var/lib/dpkg/info/libpam0g:amd64.shlibs f 0644 0:0 size=93 nlink=1 sha256=22ec2d48f25b56ae27ed5a6478fe6b8db0c330bd6a95b615f9e3380567f55b70
/var/lib/dpkg/info/libpam0g:amd64.symbols f 0644 0:0 size=3343 nlink=1 sha256=79da5b536ea3cad5a1fccbd9b1f03dace767249f208ae39f01f39f8e4991d80a
/var/lib/dpkg/info/libpam0g:amd64.templates f 0644 0:0 size=33561 nlink=1 sha256=34551748ff4a226a9e0ca7e77b3287d02ae7438c382a7ced8eb835c026390cb5
/var/lib/dpkg/info/libpam0g:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libpcre2-8-0:amd64.list f 0644 0:0 size=355 nlink=1 sha256=82ebc186fd65711c1035cff0fc29605ada7ce1df36289a1445a8018e2998fc54
/var/lib/dpkg/info/libpcre2-8-0:amd64.md5sums f 0644 0:0 size=381 nlink=1 sha256=f6b831ff3ea0b167d95993fbb364fdfc6ccf31bdc9abd8e79bacefc490da8260
/var/lib/dpkg/info/libpcre2-8-0:amd64.shlibs f 0644 0:0 size=85 nlink=1 sha256=3ba7462a43ce1f17a40c86f85bb8d972f7020ae7b368ed8414ac16a55ecc589d
/var/lib/dpkg/info/libpcre2-8-0:amd64.symbols f 0644 0:0 size=2842 nlink=1 sha256=06e99796adcb71c38f3e488f1d7daa4bd3e5e1d9d6e803ad3668870a41dd42ff
/var/lib/dpkg/info/libpcre2-8-0:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=86b7d09e8c72f6d7a2198cdcae33b778a2b344f0c548e4e8fbc9b07c3a9a645f
/var/lib/dpkg/info/libseccomp2:amd64.list f 0644 0:0 size=308 nlink=1 sha256=13e586a3accda04bda9abb479092c31234aefcc6d7344012ebbf247cff77ca34
/var/lib/dpkg/info/libseccomp2:amd64.md5sums f 0644 0:0 size=302 nlink=1 sha256=c3a416919d90b7dfb6cf32296d9e247cd751d39657f91feb9778c4da350a5e31
/var/lib/dpkg/info/libseccomp2:amd64.shlibs f 0644 0:0 size=36 nlink=1 sha256=ceb5a03a78a80d8ea2203551c90fb8ffa2efe489cf0ce180d458546e2896bc49
/var/lib/dpkg/info/libseccomp2:amd64.symbols f 0644 0:0 size=1231 nlink=1 sha256=8a0f01fa433051519c5356c2e953aa8762f034b1ec6eec6891a369398a380184
/var/lib/dpkg/info/libseccomp2:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libselinux1:amd64.list f 0644 0:0 size=263 nlink=1 sha256=df450135a6f1c91aed9232f55e965c4e4bfd9e6ecdb90809b1d7bf2d569ebfc6
/var/lib/dpkg/info/libselinux1:amd64.md5sums f 0644 0:0 size=307 nlink=1 sha256=8d6b46a10c3439dea6fdfa3fa97e8c0195a4f72cc664c5ae536627cc211dee55
/var/lib/dpkg/info/libselinux1:amd64.shlibs f 0644 0:0 size=79 nlink=1 sha256=54416194a93dd43686032057c123bec2bd4ffca782741f3e78d01d4149fcfec1
/var/lib/dpkg/info/libselinux1:amd64.symbols f 0644 0:0 size=10312 nlink=1 sha256=f94577490be59b5335ff6f20ac3a8e38117996a3fa9c4c912858591c817ac286
/var/lib/dpkg/info/libselinux1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libsemanage-common.conffiles f 0644 0:0 size=27 nlink=1 sha256=e0b0a931b5ae99c4bc030b6ecb183385a46fbd5e55e0e10cce9d5ed1eae556e2
/var/lib/dpkg/info/libsemanage-common.list f 0644 0:0 size=368 nlink=1 sha256=c69504d68f6462c87641826c57ec900f574a31186294c218efed717bc045b6cd
/var/lib/dpkg/info/libsemanage-common.md5sums f 0644 0:0 size=311 nlink=1 sha256=d0df423b4ab2186b9cc9e1a59b408dd4899e8dad9ac1f4c84616f4156bbba96e
/var/lib/dpkg/info/libsemanage2:amd64.list f 0644 0:0 size=280 nlink=1 sha256=21634108601b3e4ebb9fc7b76ed9ab258ad8715ace0874a2101460933409a98a
/var/lib/dpkg/info/libsemanage2:amd64.md5sums f 0644 0:0 size=315 nlink=1 sha256=6da05be42d9b83d40688057cc4a4d39a7390762e9384b7f547863984cd4fce09
/var/lib/dpkg/info/libsemanage2:amd64.shlibs f 0644 0:0 size=36 nlink=1 sha256=67cbc00ae1eb7d8f215b0fcf9cced61e20817a2c8c793c5489d76bd3177fa57f
/var/lib/dpkg/info/libsemanage2:amd64.symbols f 0644 0:0 size=16807 nlink=1 sha256=a718462bf35198374c83ea661a9ddba2e88711681ded20f90820793419119f7e
/var/lib/dpkg/info/libsemanage2:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libsepol2:amd64.list f 0644 0:0 size=202 nlink=1 sha256=87437350ef695a1ef7abf222e8ebd4bf49ca0d57074c2d7d06efbd1ee2bebc09
/var/lib/dpkg/info/libsepol2:amd64.md5sums f 0644 0:0 size=215 nlink=1 sha256=7f646df130df024106f40496e3c7893af576d4438ab2df4eb0db0e32efde2f4f
/var/lib/dpkg/info/libsepol2:amd64.shlibs f 0644 0:0 size=30 nlink=1 sha256=c06af6a278599975e3d05886116cc5198d9ec6fa9988a3ff47ec4467c72eb509
/var/lib/dpkg/info/libsepol2:amd64.symbols f 0644 0:0 size=11649 nlink=1 sha256=396fec9987dd1b957530ef8db2dc1c1d28860c2674218a7b35a1e68019357908
/var/lib/dpkg/info/libsepol2:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libsmartcols1:amd64.list f 0644 0:0 size=411 nlink=1 sha256=f025d7cf297f5a10cc3fb4e39c80a0c30010d3c407536bc48ec300c041656d79
/var/lib/dpkg/info/libsmartcols1:amd64.md5sums f 0644 0:0 size=386 nlink=1 sha256=b76a8e2d565364c3c1f567648d297ce3d52af2415b1cc9b721b289093df41e96
/var/lib/dpkg/info/libsmartcols1:amd64.shlibs f 0644 0:0 size=89 nlink=1 sha256=bab39b1097a8fd40d5acecf6dc40b792bc625d2b23510be4c2c24f2ea6b3472a
/var/lib/dpkg/info/libsmartcols1:amd64.symbols f 0644 0:0 size=8132 nlink=1 sha256=7a06a8df34f0a3a9d441afa6865da8c8554ef366fd92db0f06f3511611d98e1c
/var/lib/dpkg/info/libsmartcols1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libss2:amd64.list f 0644 0:0 size=273 nlink=1 sha256=c97f2ebe516a037764dd6d49074833f1deea429628f57577458e4a15adcd3a46
/var/lib/dpkg/info/libss2:amd64.md5sums f 0644 0:0 size=289 nlink=1 sha256=0cc7fdd3e61c41e2a08840bf97adc5bd4365cd9971ee2e0eba39cfc41b90eb0b
/var/lib/dpkg/info/libss2:amd64.shlibs f 0644 0:0 size=68 nlink=1 sha256=8ee4a32a4e5d3df014c743e8e2fa2b374bdee34d110f5d6306e590379bd3e115
/var/lib/dpkg/info/libss2:amd64.symbols f 0644 0:0 size=980 nlink=1 sha256=5d9527de2d034ccc35af237e0b2eb3d4179fa467374fe3f088b7add1b8f0f1fb
/var/lib/dpkg/info/libss2:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libstdc++6:amd64.list f 0644 0:0 size=700 nlink=1 sha256=aeea296ab249e6fc3e71674463b02fc7345f5ddbbcb230ad4db5427da01f3e05
/var/lib/dpkg/info/libstdc++6:amd64.md5sums f 0644 0:0 size=506 nlink=1 sha256=1405be832cde657e141de53cdd60e37283f674bf3250eeaf81efc3193f6eb4b9
/var/lib/dpkg/info/libstdc++6:amd64.prerm f 0755 0:0 size=402 nlink=1 sha256=be4d3d37ee6abd9f99c8eddd0c20e012aaffbdd984fbbc3ed6322adbd32a93f2
/var/lib/dpkg/info/libstdc++6:amd64.shlibs f 0644 0:0 size=23 nlink=1 sha256=610aef7f93b6381fbcd118f65502ff420c29f00846ea92e308f1a66b1e34a98d
/var/lib/dpkg/info/libstdc++6:amd64.symbols f 0644 0:0 size=416476 nlink=1 sha256=3370c40319a2e714e7f74cfa3b6a1c60f3d63523e2d872eaaba5edcbcd28368b
/var/lib/dpkg/info/libstdc++6:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libsystemd0:amd64.list f 0644 0:0 size=311 nlink=1 sha256=c76d238dbdca4210f49cc72d5695ad943b0d0c0629ec4d7ebe05f1242b09466b
/var/lib/dpkg/info/libsystemd0:amd64.md5sums f 0644 0:0 size=305 nlink=1 sha256=98ee204530cff06500bf78a00c2b3c36c36d38fc051d191b723831bcf1c6fa82
/var/lib/dpkg/info/libsystemd0:amd64.shlibs f 0644 0:0 size=37 nlink=1 sha256=4cd01a4fa56867971621ca86fc82040522b6188cc3b8728b39e0ca5b0810326c
/var/lib/dpkg/info/libsystemd0:amd64.symbols f 0644 0:0 size=28317 nlink=1 sha256=a72c6d4d487499894a2481e8c81eaaf236482436fee065771ad3e89adcf8fe90
/var/lib/dpkg/info/libsystemd0:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libtasn1-6:amd64.list f 0644 0:0 size=403 nlink=1 sha256=5b1b3d4cd6b22c09000e496ac9322fe2b36726ced3519b4b980fac796f93566f
/var/lib/dpkg/info/libtasn1-6:amd64.md5sums f 0644 0:0 size=499 nlink=1 sha256=18ecefdfd9bc98a99b650c511bb8e9cd9118116e94019d57805a0a36b83d873a
/var/lib/dpkg/info/libtasn1-6:amd64.shlibs f 0644 0:0 size=33 nlink=1 sha256=77bdd53eee1d56d999120637453de045a506c9b2376a57c22e2ab674b5400ca0
/var/lib/dpkg/info/libtasn1-6:amd64.symbols f 0644 0:0 size=1724 nlink=1 sha256=000b8fa8b4f54ca5f9ffce99b97384eae12f3a2fd8a45db8cb420a12e9c5c22a
/var/lib/dpkg/info/libtasn1-6:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libtinfo6:amd64.list f 0644 0:0 size=391 nlink=1 sha256=c439d4596b5a25966893992029af5f59d62b1e43e8a41441443a79b5289a909c
/var/lib/dpkg/info/libtinfo6:amd64.md5sums f 0644 0:0 size=361 nlink=1 sha256=0d4f99c92274628c3030c3ecc437dbe4acfaebe30320bf018eeb423649a6fc7e
/var/lib/dpkg/info/libtinfo6:amd64.shlibs f 0644 0:0 size=126 nlink=1 sha256=67f1c8194862df6c1cab3613b3d788b6b0d353b4eb5d61206bc787a42a20a91f
/var/lib/dpkg/info/libtinfo6:amd64.symbols f 0644 0:0 size=14322 nlink=1 sha256=a76b2ce9bf0fbc3ccf1a8ab23f4e80b1492412bdaf5c8f257b7a6453ee31e340
/var/lib/dpkg/info/libtinfo6:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libudev1:amd64.list f 0644 0:0 size=292 nlink=1 sha256=76cd27f9cf9b68d337d6e6dd6950d00791538d8cb1dcccce37e9d40d608a9128
/var/lib/dpkg/info/libudev1:amd64.md5sums f 0644 0:0 size=292 nlink=1 sha256=65252cd1055b1086be888efc0fa7d80a4275ac30138d6f11a017c918d5c9f109
/var/lib/dpkg/info/libudev1:amd64.shlibs f 0644 0:0 size=73 nlink=1 sha256=39c4e705572ae972d6212fead38516a2053863bba5a4ce183396805c2566e9f6
/var/lib/dpkg/info/libudev1:amd64.symbols f 0644 0:0 size=4248 nlink=1 sha256=1452fa1cbe44e4d584264ccf9d1da4bc49a75651061d7bca44059a7ca75d9d51
/var/lib/dpkg/info/libudev1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libunistring2:amd64.list f 0644 0:0 size=320 nlink=1 sha256=a09bab678e03968a667626493e9edfb2f4ce7f6fe3ad10079673ed22e37f55d9
/var/lib/dpkg/info/libunistring2:amd64.md5sums f 0644 0:0 size=310 nlink=1 sha256=1acf3803f89a2a17f4df05b286e4a6efcf10a2fa7469154f68488daf22e852fb
/var/lib/dpkg/info/libunistring2:amd64.shlibs f 0644 0:0 size=38 nlink=1 sha256=bd4505c9eb25e2a2c8f1ecaff4c0f66ba692e904223b210df1b60de884c43ce0
/var/lib/dpkg/info/libunistring2:amd64.symbols f 0644 0:0 size=23370 nlink=1 sha256=a227317ab28cdbeb255d8f539adbcf99f69dbe7fc406cd15e091d3fe2d77ec87
/var/lib/dpkg/info/libunistring2:amd64.triggers f 0644 0:0 size=67 nlink=1 sha256=c7e165d8d60fbf5fb602cb11d51cb67bf14590b69fdc9af6c56670288e5fa613
/var/lib/dpkg/info/libuuid1:amd64.list f 0644 0:0 size=290 nlink=1 sha256=02492feb2b9d125fcaf9c8a971ee0b06795a34cf431c47c97687bb62fa7f49a3
/var/lib/dpkg/info/libuuid1:amd64.md5sums f 0644 0:0 size=290 nlink=1 sha256=badad6b78b455b902c14ec6e2e5a2f26eed8d069d2e9602dabc8d1acd9e1a5f9
/var/lib/dpkg/info/libuuid1:amd64.shlibs f 0644 0:0 size=69 nlink=1 sha256=40369661b5f36e35364402a3edb54aee2adf400c733e233beb466ff267588b60
/var/lib/dpkg/info/libuuid1:amd64.symbols f 0644 0:0 size=936 nlink=1 sha256=617947e82a29f4b064cbcc4a94be168325951c6e3bb82a77a20481f40f693147
/var/lib/dpkg/info/libuuid1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/libxxhash0:amd64.list f 0644 0:0 size=302 nlink=1 sha256=236e6f6c88c0b6855eaf90a0707114a82d7717f564c3daf45bbd0312e41c3527
/var/lib/dpkg/info/libxxhash0:amd64.md5sums f 0644 0:0 size=298 nlink=1 sha256=7ed97be7975ce5de5951e2822ef6599fa244922c263f0ffcb4600a7912955593
/var/lib/dpkg/info/libxxhash0:amd64.shlibs f 0644 0:0 size=34 nlink=1 sha256=0d7e442394efb99fce1924b10d3682a1ad834ac463117abc561cb2d8cbb2bfcd
/var/lib/dpkg/info/libxxhash0:amd64.symbols f 0644 0:0 size=1928 nlink=1 sha256=414de0916f7cb11282e50749dd68949378327ee6daafa8b22f4ca1fe3a919cf3
/var/lib/dpkg/info/libxxhash0:amd64.triggers f 0644 0:0 size=65 nlink=1 sha256=c4f3fae7b0c31143ffbb4242be0144be972fb29201618750d85dee31e5000ef0
/var/lib/dpkg/info/libzstd1:amd64.list f 0644 0:0 size=290 nlink=1 sha256=d72e503bbd7734b6203bd25e2f94c0b41cb3ee44d217fac0acdb1895fc12f652
/var/lib/dpkg/info/libzstd1:amd64.md5sums f 0644 0:0 size=290 nlink=1 sha256=d116472bccd670788648c245850243bfc9354d7ad85ae4cc7b43e76defb12e1f
/var/lib/dpkg/info/libzstd1:amd64.shlibs f 0644 0:0 size=71 nlink=1 sha256=83b14b804a134770fa67cb24912bf7e5a34e23005eba36c7b2d3732bbe400b70
/var/lib/dpkg/info/libzstd1:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=0a19ada1c65348b986992096777df4232177012e2f12b3612cce1c4f675365de
/var/lib/dpkg/info/login.conffiles f 0644 0:0 size=33 nlink=1 sha256=ea928fda7af340bf3474bf39a35e5d48d12db2ef13798f0da57e64cd171319d7
/var/lib/dpkg/info/login.list f 0644 0:0 size=8638 nlink=1 sha256=db83bf276d1455d92483d3a95e3a2fe3496028772d2d46545df0cfeaebf4f049
/var/lib/dpkg/info/login.md5sums f 0644 0:0 size=9502 nlink=1 sha256=9add3aa692c19812f3ca00ee47e35fcb6b38ce9d1a84843f7ddbdd0ec180beea
/var/lib/dpkg/info/login.postinst f 0755 0:0 size=791 nlink=1 sha256=e9a6ed50ca21329434b74ebbcb397923eecda0948e4c066476dac00bc4aa71c4
/var/lib/dpkg/info/login.postrm f 0755 0:0 size=167 nlink=1 sha256=e047cbfffa87159958ee705ba04c31151236a7290ce1072a5632005603f346ca
/var/lib/dpkg/info/login.preinst f 0755 0:0 size=167 nlink=1 sha256=e047cbfffa87159958ee705ba04c31151236a7290ce1072a5632005603f346ca
/var/lib/dpkg/info/login.prerm f 0755 0:0 size=167 nlink=1 sha256=e047cbfffa87159958ee705ba04c31151236a7290ce1072a5632005603f346ca
/var/lib/dpkg/info/logsave.list f 0644 0:0 size=270 nlink=1 sha256=d2946ac6d511f95bb3e580743ca6dba1cdcde8daa64be7916247f70a430f5237
/var/lib/dpkg/info/logsave.md5sums f 0644 0:0 size=337 nlink=1 sha256=480e02dee2cde163f804df51b08356feccf9a7818af4819937f7f04a3e456067
/var/lib/dpkg/info/mawk.list f 0644 0:0 size=723 nlink=1 sha256=a5dc9051e135b302ab16388428e69e3a9f6acd345e0e64d6a745dd1257ca6859
/var/lib/dpkg/info/mawk.md5sums f 0644 0:0 size=1157 nlink=1 sha256=9a6fff0712b52199464c179b1f7e9ec2798ff53faa2ae152ca51160fae5a892c
/var/lib/dpkg/info/mawk.postinst f 0755 0:0 size=542 nlink=1 sha256=0daa7ced1404005288d316043ed56f15c3c21060a765cf262393fc2be840024d
/var/lib/dpkg/info/mawk.prerm f 0755 0:0 size=186 nlink=1 sha256=3c4b79132e92e354248c3aa717248a9508ca21b13e498353f2f8cf8ce0ffabf0
/var/lib/dpkg/info/mount.list f 0644 0:0 size=1044 nlink=1 sha256=3b72a09fa24a15a1be1836dbc6d354110f732c98548c2fbb378d7578d775a6b6
/var/lib/dpkg/info/mount.md5sums f 0644 0:0 size=1505 nlink=1 sha256=e23223d1b919c9c09ebab35cc07dbce6aa7881ea229311e395c3ca86cadcb8ac
/var/lib/dpkg/info/ncurses-base.conffiles f 0644 0:0 size=21 nlink=1 sha256=b97a47660009db296563cccb2fdce8826e134e3b1bf90248d9c7cf825f06e50a
/var/lib/dpkg/info/ncurses-base.list f 0644 0:0 size=1925 nlink=1 sha256=3e049bc5613796013c961423b1a70572908e9056123702e924cdb9d2e1ab6d0a
/var/lib/dpkg/info/ncurses-base.md5sums f 0644 0:0 size=3130 nlink=1 sha256=91864832ef6c264d885b0f9ef16ae884f646db5f055b4a022df89a6ed9590eb5
/var/lib/dpkg/info/ncurses-bin.list f 0644 0:0 size=898 nlink=1 sha256=9c28f1e97eb7a36b845560811521dea9d82bb20b8139fd0c4bf0a7ac77485ec9
/var/lib/dpkg/info/ncurses-bin.md5sums f 0644 0:0 size=1461 nlink=1 sha256=df15e853fd9420dfc1f4729b19824d1e4be2fedf6ad01c1f75609f6372ed65d3
/var/lib/dpkg/info/passwd.conffiles f 0644 0:0 size=111 nlink=1 sha256=c5a633e0cd0a04d2ae520c47d5b6efa8cec76b0eecc58a01aa431429e2d64778
/var/lib/dpkg/info/passwd.list f 0644 0:0 size=13382 nlink=1 sha256=296e0315a4e2aa98f841e8e33f30a0f1c0c56043644b3784d1f4f1feaf50e389
/var/lib/dpkg/info/passwd.md5sums f 0644 0:0 size=19981 nlink=1 sha256=3246031cbf53eeeb624f43f6198e2e94e8bca935dc1853d34d5e167ba4a38ca3
/var/lib/dpkg/info/passwd.postinst f 0755 0:0 size=1145 nlink=1 sha256=8088b1d481c11fde982629697e3e62a5126437d75b744f76e854481c38d5af8c
/var/lib/dpkg/info/passwd.postrm f 0755 0:0 size=175 nlink=1 sha256=403af1142cc07ad15bc47344ded36618b2fdf5753874652e416a5855b5bd54ca
/var/lib/dpkg/info/passwd.preinst f 0755 0:0 size=175 nlink=1 sha256=403af1142cc07ad15bc47344ded36618b2fdf5753874652e416a5855b5bd54ca
/var/lib/dpkg/info/passwd.prerm f 0755 0:0 size=175 nlink=1 sha256=403af1142cc07ad15bc47344ded36618b2fdf5753874652e416a5855b5bd54ca
/var/lib/dpkg/info/perl-base.list f 0644 0:0 size=41082 nlink=1 sha256=4658ca14a9fb827c986ea1c503fe7f590a191d390d84a6229ded87dd8253e1e9
/var/lib/dpkg/info/perl-base.md5sums f 0644 0:0 size=56022 nlink=1 sha256=cf83d8350f5ad446cc674ac1e6b9d8a7c56e0d504c2cdb7eb7596fc7ba38730b
/var/lib/dpkg/info/perl-base.postinst f 0755 0:0 size=194 nlink=1 sha256=0dd1293f4208e384c0fb2b504692f022a68188d82020eeb086ad775a32b0ec1d
/var/lib/dpkg/info/perl-base.postrm f 0755 0:0 size=194 nlink=1 sha256=0dd1293f4208e384c0fb2b504692f022a68188d82020eeb086ad775a32b0ec1d
/var/lib/dpkg/info/perl-base.preinst f 0755 0:0 size=194 nlink=1 sha256=0dd1293f4208e384c0fb2b504692f022a68188d82020eeb086ad775a32b0ec1d
/var/lib/dpkg/info/perl-base.prerm f 0755 0:0 size=194 nlink=1 sha256=0dd1293f4208e384c0fb2b504692f022a68188d82020eeb086ad775a32b0ec1d
/var/lib/dpkg/info/sed.list f 0644 0:0 size=4315 nlink=1 sha256=ee0ca77bd0433f3187fac2434bb7e262d0b88bef6549beb0a00cb0df5a858c77
/var/lib/dpkg/info/sed.md5sums f 0644 0:0 size=3729 nlink=1 sha256=38a186c81889b1a6b870376cb6a9336b437451ff36854d2a5532bb581e824c8c
/var/lib/dpkg/info/sysvinit-utils.list f 0644 0:0 size=560 nlink=1 sha256=655650d4cc9f83b214d437471550aeb71edf4d1a37eb1aac70f195df7e4640cc
/var/lib/dpkg/info/sysvinit-utils.md5sums f 0644 0:0 size=765 nlink=1 sha256=053072655fa5e2fe814513a5716c6da9feaaf9faa1bd9c31b404b66debba7b62
/var/lib/dpkg/info/tar.list f 0644 0:0 size=4215 nlink=1 sha256=ecfae764fe6afbd5dd3b13a64f55fc54b3e80b6957840237940201e2d362c986
/var/lib/dpkg/info/tar.md5sums f 0644 0:0 size=3693 nlink=1 sha256=5b1a086e5c04e725b0cff7acf39bad09fd2222bc0d0366ea300b0f525b194d2f
/var/lib/dpkg/info/tar.postinst f 0755 0:0 size=270 nlink=1 sha256=4eed7466e8f44c6b480002d80becc0d998c462b759c0118e285170a93f4b3dca
/var/lib/dpkg/info/tar.prerm f 0755 0:0 size=231 nlink=1 sha256=de3fa1115a52ea8e0017f65b767176146e35585e050581adcef95aab495d648c
/var/lib/dpkg/info/tzdata.config f 0755 0:0 size=7301 nlink=1 sha256=069bf2cebd2b76fadb5689b46e10378abe7b7793105de5a7084b975ef724474b
/var/lib/dpkg/info/tzdata.list f 0644 0:0 size=49589 nlink=1 sha256=dfc084c9e97e7642639451ad65add2bacc52c3dd12a2b1bb8378de053f66daa1
/var/lib/dpkg/info/tzdata.md5sums f 0644 0:0 size=64880 nlink=1 sha256=3fc3a6e787a4a126668d0570b135b6b0ad1d2b1861b2d44c804ee403706bc0a2
/var/lib/dpkg/info/tzdata.postinst f 0755 0:0 size=3027 nlink=1 sha256=8160b6fd593c06872ad43767e3cb80d1a216ef05274a4b32e4ca878bcfc3ade2
/var/lib/dpkg/info/tzdata.postrm f 0755 0:0 size=2000 nlink=1 sha256=cc5a38efc2e54ff67b66bf32dc955a1b4686cd8d9a4accd0d3b5e17f3391e170
/var/lib/dpkg/info/tzdata.preinst f 0755 0:0 size=1700 nlink=1 sha256=a262551f3548c2882ec9388fc83368146012a09c398f8e6e39c625b8656ab449
/var/lib/dpkg/info/tzdata.prerm f 0755 0:0 size=1700 nlink=1 sha256=a262551f3548c2882ec9388fc83368146012a09c398f8e6e39c625b8656ab449
/var/lib/dpkg/info/tzdata.templates f 0644 0:0 size=285654 nlink=1 sha256=4ee859672d617842465ca56f6bec31d5163de9c4eb1805cdc0d5bc2b81c26621
/var/lib/dpkg/info/usr-is-merged.list f 0644 0:0 size=144 nlink=1 sha256=99d30d3c4dc0bf7ab564b1fd63ba919cce71124a164d5035782bfe97e2226561
/var/lib/dpkg/info/usr-is-merged.md5sums f 0644 0:0 size=147 nlink=1 sha256=f177b4f49f9c6108be8a17949df12fd15cb875e854ad0f94c26a57bce3160f63
/var/lib/dpkg/info/usr-is-merged.postinst f 0755 0:0 size=745 nlink=1 sha256=da90a5ff269ea58f1aa8f06a92ac37ab7f42d28787e4a7017992f67fcf48518b
/var/lib/dpkg/info/usr-is-merged.preinst f 0755 0:0 size=1780 nlink=1 sha256=727f2971fe428284f1dfcf88ead0d5c6fc6e1013b3ea4fbc878099076792a2af
/var/lib/dpkg/info/util-linux-extra.conffiles f 0644 0:0 size=44 nlink=1 sha256=c2c40fd31b39912a6f7aea85e41e2764d78c0cb1c33a518cb653fda3e332d357
/var/lib/dpkg/info/util-linux-extra.list f 0644 0:0 size=904 nlink=1 sha256=a6a06bbe17342efae9ee8a5dc1463f027fb0ee482234f0be2f3caa63627762fa
/var/lib/dpkg/info/util-linux-extra.md5sums f 0644 0:0 size=1124 nlink=1 sha256=9b01bd4cfa001fe179d89c558d23af8d706146cf8eac0cc2aeb9fd41f9456f06
/var/lib/dpkg/info/util-linux-extra.postinst f 0755 0:0 size=329 nlink=1 sha256=03072cc8884e04bf54a0b3588426653b34b8672171007245757a5bc75f56bbb1
/var/lib/dpkg/info/util-linux-extra.postrm f 0755 0:0 size=322 nlink=1 sha256=9d1dfa65fe115fadd980840fb653a9139509fa15ea2595b7e949fe35fad419c4
/var/lib/dpkg/info/util-linux-extra.preinst f 0755 0:0 size=237 nlink=1 sha256=f58cda9e9bd7d31f1ace74a0dd3da6175f1149a3a9984e2cf93a2e8fd0cb3399
/var/lib/dpkg/info/util-linux.conffiles f 0644 0:0 size=70 nlink=1 sha256=170e6f090a9230a270257d089d5db9c892600f9b7d5759cc849dff2ca5834622
/var/lib/dpkg/info/util-linux.list f 0644 0:0 size=10845 nlink=1 sha256=e305b845644f8324bf94fcf4ff7840232a4608dfb260e3c1e38b16766c945786
/var/lib/dpkg/info/util-linux.md5sums f 0644 0:0 size=19093 nlink=1 sha256=cfa26ee3a34344f1001978a1b2845ec0650a4b5ebd1105d20dd7a90d0e1aabda
/var/lib/dpkg/info/util-linux.postinst f 0755 0:0 size=1963 nlink=1 sha256=be8ee511ad25120d138b2146f94b5e47c6fe42bb84f9bd6ba3a641339af97828
/var/lib/dpkg/info/util-linux.postrm f 0755 0:0 size=723 nlink=1 sha256=22028d5ecf82b19c13a23e21643039486397425d739357c4547736eb642565f4
/var/lib/dpkg/info/util-linux.prerm f 0755 0:0 size=609 nlink=1 sha256=fd3374cd26d665d1dcd9a5d742d8cb70b17c585cb139d9c93606464709adfb07
/var/lib/dpkg/info/zlib1g:amd64.list f 0644 0:0 size=261 nlink=1 sha256=46e088a1664523c80d4927ea1fb8e85ce8129f2db17195164503075225a75aed
/var/lib/dpkg/info/zlib1g:amd64.md5sums f 0644 0:0 size=278 nlink=1 sha256=120b99e9d6e41f4bb86c0e0266f768caec5e9c488e498dab1a0ca3b2b6afe2c4
/var/lib/dpkg/info/zlib1g:amd64.shlibs f 0644 0:0 size=83 nlink=1 sha256=b83364c157bf331505e018105935763d36db4e070e26d1f7d6c08ea576fc7d5c
/var/lib/dpkg/info/zlib1g:amd64.symbols f 0644 0:0 size=3243 nlink=1 sha256=59df14756eb30dbb5f3dfd195f25bd93f3e9573eab752017a79ec5098ba262b7
/var/lib/dpkg/info/zlib1g:amd64.triggers f 0644 0:0 size=68 nlink=1 sha256=613b61f67e38b5d739458663db88be221ea6dd9b66d926cd0cceec10bfd7e0f1
/var/lib/dpkg/lock f 0640 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/dpkg/lock-frontend f 0640 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/dpkg/parts d 0755 0:0
/var/lib/dpkg/status f 0644 0:0 size=77102 nlink=1 sha256=f837965a67204a8e632f02d3de84aea3155fcd2cfa6d75627e7aa039ad8b222c
/var/lib/dpkg/status-old f 0644 0:0 size=77105 nlink=1 sha256=6261a562b30507a950390fc123ef69507e371fa7852340e8a1ad0fbddcac56e0
/var/lib/dpkg/triggers d 0755 0:0
/var/lib/dpkg/triggers/File f 0644 0:0 size=52 nlink=1 sha256=d1f9498d380096d178b7018f059a93d861121f0ea079c200573e2cc3604d0eb3
/var/lib/dpkg/triggers/Lock f 0600 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/dpkg/triggers/Unincorp f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/dpkg/triggers/ldconfig f 0644 0:0 size=9 nlink=1 sha256=e1919c8b2afb858bd2aadc7ccb27c847b3b687ed9dffe00219d645d0c30b8b83
/var/lib/dpkg/updates d 0755 0:0
/var/lib/misc d 0755 0:0
/var/lib/pam d 0755 0:0
/var/lib/pam/account f 0644 0:0 size=76 nlink=1 sha256=9f0f66ec5d201dd496bda06760e5871fa68e349fb9d423eac447d332652f6f13
/var/lib/pam/auth f 0644 0:0 size=61 nlink=1 sha256=1119b101213fb5d7dab9f2fda236e12205fd3a1940d2715ea4d0c1dcd867000c
/var/lib/pam/password f 0644 0:0 size=71 nlink=1 sha256=fcbe71121b496f999c1587507bae8109818d82bdf182bc8d1f08d8cf618885b4
/var/lib/pam/seen f 0644 0:0 size=15 nlink=1 sha256=d776b58fe80be87944d63845c72d4c8fa8f4fe131fe124e5b0eccc25379c38ee
/var/lib/pam/session f 0644 0:0 size=75 nlink=1 sha256=4a0e1452e4462ee2c1337989554acb3fe7a2473086870ec5b16e46aceb48e0e1
/var/lib/pam/session-noninteractive f 0644 0:0 size=75 nlink=1 sha256=4a0e1452e4462ee2c1337989554acb3fe7a2473086870ec5b16e46aceb48e0e1
/var/lib/shells.state f 0644 0:0 size=94 nlink=1 sha256=53bb32651fa8a9bf3805d6f96fb9431802f266d7cd0edd0f1135353c9e3b6004
/var/lib/systemd d 0755 0:0
/var/lib/systemd/deb-systemd-helper-enabled d 0755 0:0
/var/lib/systemd/deb-systemd-helper-enabled/apt-daily-upgrade.timer.dsh-also f 0644 0:0 size=64 nlink=1 sha256=05e0a72e601e00feaeff5d237f892b5f891cbb9c156fc5da667ac56c25f20fdf
/var/lib/systemd/deb-systemd-helper-enabled/apt-daily.timer.dsh-also f 0644 0:0 size=56 nlink=1 sha256=71649d5e78c0ba864daf3778e8d90a3707b88c587a4634cba67aa9094def7750
/var/lib/systemd/deb-systemd-helper-enabled/dpkg-db-backup.timer.dsh-also f 0644 0:0 size=61 nlink=1 sha256=640dc8ad4776003d037f8847fdec19e1d5c01f827c8c1fb88746764aec5394b9
/var/lib/systemd/deb-systemd-helper-enabled/e2scrub_all.timer.dsh-also f 0644 0:0 size=58 nlink=1 sha256=02a92626ce1053b563ecdf2724c5150257fc36219caf0d728dc849f541b1da2a
/var/lib/systemd/deb-systemd-helper-enabled/e2scrub_reap.service.dsh-also f 0644 0:0 size=65 nlink=1 sha256=eba43fdd9fe0e8e1caa1e88a61fb25190bd62ce14806536702bdc4c1e5ded873
/var/lib/systemd/deb-systemd-helper-enabled/fstrim.timer.dsh-also f 0644 0:0 size=53 nlink=1 sha256=6a9438efc04c93e981d38ad13aadb92e4207e12a6cf9bca683460be1a06257b2
/var/lib/systemd/deb-systemd-helper-enabled/multi-user.target.wants d 0755 0:0
/var/lib/systemd/deb-systemd-helper-enabled/multi-user.target.wants/e2scrub_reap.service f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/systemd/deb-systemd-helper-enabled/timers.target.wants d 0755 0:0
/var/lib/systemd/deb-systemd-helper-enabled/timers.target.wants/apt-daily-upgrade.timer f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/systemd/deb-systemd-helper-enabled/timers.target.wants/apt-daily.timer f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/systemd/deb-systemd-helper-enabled/timers.target.wants/dpkg-db-backup.timer f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/systemd/deb-systemd-helper-enabled/timers.target.wants/e2scrub_all.timer f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/lib/systemd/deb-systemd-helper-enabled/timers.target.wants/fstrim.timer f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/local d 2775 0:50
/var/lock l 0777 0:0 -> /run/lock
/var/log d 0755 0:0
/var/log/alternatives.log f 0644 0:0 size=2490 nlink=1 sha256=4942f44526066e14ba0a8733190d0d3041a6f0fc5b3b68325f623893aa58d87c
/var/log/apt d 0755 0:0
/var/log/bootstrap.log f 0644 0:0 size=57284 nlink=1 sha256=cd38c4a255cdce8f9fa57684190b7ff7d13fff907811465ffdf960ee42122bde
/var/log/btmp f 0660 0:43 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/log/dpkg.log f 0644 0:0 size=45058 nlink=1 sha256=db90b6ea1d7f9e57e8a36d3ffcdd75f9165f05fba7c5fdc5ce3c8e7382a72e1d
/var/log/faillog f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/log/lastlog f 0664 0:43 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/log/wtmp f 0664 0:43 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
/var/mail d 2775 0:8
/var/opt d 0755 0:0
/var/run l 0777 0:0 -> /run
/var/spool d 0755 0:0
/var/spool/mail l 0777 0:0 -> ../mail
/var/tmp d 1777 0:0
/x f 0644 0:0 size=0 nlink=1 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 xattrs=user.demo=0x68656c6c6f
